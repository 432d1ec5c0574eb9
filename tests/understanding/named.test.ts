// Services, contacts and levels a message names. Most rows use a small knowledge base written here, so
// what counts as a name is plain from the table; the last ones read the real knowledge base's names.
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/knowledgeBase.js';
import { asksWhyNot, buildNameIndex, findLevels, findNamed } from '../../src/understanding/named.js';
import { kb } from '../support/knowledge.js';

const entry = (id: string, name: string, aliases: string[] = []) => ({ id, name, aliases });

const small = {
  services: [
    entry('cygnet', 'Cygnet Parenting Programme'),
    entry('kooth', 'Kooth'),
    entry('new-forest', 'New Forest Parenting Programme', ['NFPP']),
    entry('sleep-clinic', 'Sleep Clinic (how to refer, Tuesday clinic)'),
    entry('everyday', 'Awareness Crisis Police Volunteer Funding Groups Centre Sessions Emergency'),
    entry('bloom', 'Bloom Garden Project'),
    entry('mansfield-housing', 'Mansfield Housing Advice'),
    entry('childline', 'Childline'),
    entry('bereavement-a', 'Bereavement Support Bassetlaw'),
    entry('bereavement-b', 'Bereavement Support Broxtowe'),
    entry('info-hub', 'Family Information Service'),
    entry('ed', 'ED', ['ed']),
  ],
  contacts: [
    entry('mash', 'Multi-Agency Safeguarding Hub', ['MASH']),
    entry('edt', 'Emergency Duty Team', ['EDT']),
    entry('careline', 'Careline'),
    entry('switchboard', 'Department Line'),
    entry('number-line', 'Referral line', ['referral number']),
  ],
  levels: [
    { id: 'derby-low', name: 'Low level needs', title: 'Universal services', authority: 'derby' },
    { id: 'derby-emerging', name: 'Emerging needs', title: 'Early help', authority: 'derby' },
    { id: 'derby-complex', name: 'Complex or serious needs', title: undefined, authority: 'derby' },
    { id: 'city-extensive', name: 'Extensive Support', title: 'Child and family in need of extensive support', authority: 'nottingham-city' },
    { id: 'city-protection', name: 'Protection', title: 'Child in need of protection', authority: 'nottingham-city' },
    { id: 'city-cin', name: 'Children in Need', title: undefined, authority: 'nottingham-city' },
    { id: 'notts-level-3', name: 'Level 3', title: 'Targeted Early Help', authority: 'nottinghamshire' },
    { id: 'notts-level-4', name: 'Level 4', title: 'Specialist', authority: 'nottinghamshire' },
    { id: 'derby-cp', name: 'Child protection concerns', title: undefined, authority: 'derby' },
    { id: 'derby-vcm', name: "Vulnerable Children's Meeting", title: undefined, authority: 'derby' },
    { id: 'shire-targeted', name: 'Targeted Services', title: undefined, authority: 'nottinghamshire' },
  ],
} as unknown as KnowledgeBase;

// Built in each test that uses it (not on import, not once for all), so the code under test builds it every time.
const index = () => buildNameIndex(small, new Set(['mansfield', 'bassetlaw', 'broxtowe']));
const services = (message: string) => findNamed(index(), message).services;
const contacts = (message: string) => findNamed(index(), message).contacts;

describe('services named', () => {
  it.each([
    ['can he do the Cygnet Parenting Programme', ['cygnet']],
    ['is cygnet any good', ['cygnet']],
    ['CYGNET?', ['cygnet']],
    ['kooth for a 12 year old', ['kooth']],
    ['NFPP in Rushcliffe', ['new-forest']],
    ['new forest parenting programme', ['new-forest']],
    ['refer to the sleep clinic', ['sleep-clinic']],
    ['family information service', ['info-hub']],
    ['family info service', ['info-hub']],
    ['childline or kooth', ['kooth', 'childline']],
  ])('"%s" names %j', (message, ids) => {
    expect(services(message).sort()).toEqual([...ids].sort());
  });

  it.each([
    ['a parenting programme near me', 'words every programme shares'],
    ['housing in Mansfield', 'a place is not a service'],
    ['bereavement support', 'a word two services share'],
    ['how to refer', 'a bracketed note is not a name'],
    ['on tuesday', 'a word of a bracketed note'],
    ['awareness', 'an everyday word, though only one name has it'],
    ['crisis', 'as above'],
    ['police', 'as above'],
    ['volunteer', 'as above'],
    ['funding', 'as above'],
    ['groups', 'as above'],
    ['centre', 'as above'],
    ['sessions', 'as above'],
    ['information', 'as above'],
    ['emergency', 'as above'],
    ['cygne', 'a slip in a word under six letters typed'],
    ['blooms', 'a slip on a distinctive word under six letters'],
    ['he is ed', 'a name under three letters'],
  ])('"%s" names none (%s)', message => {
    expect(services(message)).toEqual([]);
  });

  it('a full name outranks a word of another name', () => {
    expect(services('Cygnet or the New Forest Parenting Programme')).toEqual(['new-forest', 'cygnet']);
  });

  it('a name typed twice is named once, at its best', () => {
    expect(services('Kooth, Kooth and KOOTH')).toEqual(['kooth']);
  });

  it.each([
    ['cygent', ['cygnet']],
    ['childine', ['childline']],
    ['chlidline', ['childline']],
    ['childlines', ['childline']],
    ['cygnets', ['cygnet']],
    ['the bloom project', ['bloom']],
    ['bloom', ['bloom']],
  ])('"%s", one slip in a long distinctive word, names %j', (message, ids) => {
    expect(services(message)).toEqual(ids);
  });

  it.each([
    ['kooht', 'a word under six letters'],
    ['xhildline', 'a different first letter'],
    ['chilldliness', 'two letters longer'],
    ['chidine', 'two slips'],
  ])('"%s" names none (%s)', message => {
    expect(services(message)).toEqual([]);
  });

  it('a slip counts only when nothing is named in full', () => {
    expect(services('kooth not childine')).toEqual(['kooth']);
  });
});

describe('contacts named', () => {
  it.each([
    ['mash number', ['mash']],
    ['the MASH', ['mash']],
    ['multi agency safeguarding hub', ['mash']],
    ['edt notts', ['edt']],
    ['emergency duty team', ['edt']],
    ['careline', ['careline']],
    ['carelnie', ['careline']],
    ['dept line', ['switchboard']],
    ['department line', ['switchboard']],
    ['the referral no. please', ['number-line']],
    ['referral no.', ['number-line']],
  ])('"%s" names %j', (message, ids) => {
    expect(contacts(message)).toEqual(ids);
  });

  it('"no." runs on into a word only as itself', () => {
    expect(contacts('referral no.s')).toEqual([]);
    expect(contacts('referral nope')).toEqual([]);
  });

  it('"svc" is short for service', () => {
    expect(services('family info svc')).toEqual(['info-hub']);
  });
});

describe('levels named', () => {
  const levels = (message: string, authority?: string) => findLevels(index(), message, authority).sort();

  it.each([
    ['is this level 3', ['notts-level-3']],
    ['Level 4 or level 3?', ['notts-level-3', 'notts-level-4']],
    ['is this specialist', ['notts-level-4']],
    ['emerging needs', ['derby-emerging']],
    ['is it emerging', ['derby-emerging']],
    ['complex or serious needs', ['derby-complex']],
    ['would this be serious needs', ['derby-complex']],
    ['is that complex', ['derby-complex']],
    ['extensive support for the family', ['city-extensive']],
    ['extensive needs here', ['city-extensive']],
    ['low level needs', ['derby-low']],
    ['does it meet protection', ['city-protection']],
    ['counts as children in need', ['city-cin']],
    ['emerging or complex?', ['derby-complex', 'derby-emerging']],
    ['an emerging need', ['derby-emerging']],
    ['refer to the vulnerable childrens meeting', ['derby-vcm']],
  ])('"%s" names %j', (message, ids) => {
    expect(levels(message)).toEqual(ids);
  });

  it.each([
    ['she needs protection from him', 'an everyday word, not a level'],
    ['he gets a bit emerging', 'a short name without a word about levels'],
    ['a complex family', 'as above'],
    ['the low level stuff', 'a name whose first word alone means nothing'],
    ['children in need of a hug', 'an everyday phrase'],
    ['child protection concerns', 'everyday words'],
    ['emerging behaviour, he needs a lot of help', '"needs" not right after the name'],
    ['is it targeted', 'a name of two words not ending in needs or support has no short form'],
  ])('"%s" names none (%s)', message => {
    expect(levels(message)).toEqual([]);
  });

  it.each([
    'what threshold is protection', 'which tier is protection', 'what category is protection', 'thresholds: protection',
    'levels: protection', 'is it protection', 'would that be protection', 'meet protection?', 'meets protection',
  ])('"%s" names the level of protection', message => {
    expect(levels(message)).toEqual(['city-protection']);
  });

  it('narrows to the case\'s authority, but not to nothing', () => {
    expect(levels('level 3 or emerging needs', 'derby')).toEqual(['derby-emerging']);
    expect(levels('level 3 or emerging needs', 'nottinghamshire')).toEqual(['notts-level-3']);
    expect(levels('level 3', 'derby')).toEqual(['notts-level-3']);
  });

  it('names a level once however often it is typed', () => {
    expect(findLevels(index(), 'level 3, level 3 and Level 3')).toEqual(['notts-level-3']);
  });

  it('does not take "level 3" for level 30', () => {
    expect(levels('level 30')).toEqual([]);
  });
});

describe('asking why not', () => {
  it.each([
    'why not Cygnet?', "why isn't she eligible", 'why isnt kooth listed', "why aren't they", "why wasn't it offered",
    "why can't he go", "why couldn't we", "why doesn't it", "why didn't you", "why wouldn't they", 'why no cygnet',
    'why arent they', 'why wasnt it offered', 'why cant he go', 'why couldnt we', 'why doesnt it', 'why didnt you', 'why wouldnt they',
    'why was cygnet ruled out', 'why is kooth excluded', 'why were they not suitable', 'why is it not eligible',
    'why was that not included', 'why is it not offered', 'why is it not listed', 'what about kooth', 'how come kooth is not there',
  ])('"%s" asks why not', message => {
    expect(asksWhyNot(message)).toBe(true);
  });

  it.each(['why Cygnet?', 'why is kooth good', 'how come he is so tired', 'nothing about kooth', 'why was cygnet offered'])('"%s" does not', message => {
    expect(asksWhyNot(message)).toBe(false);
  });
});

describe('the knowledge base\'s own names', () => {
  const real = () => buildNameIndex(kb);

  it.each([
    ['cygnet', 'services'],
    ['the MASH', 'contacts'],
  ])('"%s" names something among the %s', (message, kind) => {
    expect(findNamed(real(), message)[kind as 'services' | 'contacts'].length).toBeGreaterThan(0);
  });

  it('"level 4b" is the Nottinghamshire level of protection', () => {
    expect(findLevels(real(), 'is this level 4b')).toEqual(['notts-level-4b']);
  });
});
