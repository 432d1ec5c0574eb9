// Where the child lives, read straight from the gazetteer (no classifier): places as people type them,
// typos, places in two authorities, where the child lives against where the school or the writer is, and
// places the guide does not cover. Districts and towns are those the sources name (Pathway to Provision's
// districts, Nottingham City's wards, Derby's localities, the D9 neighbours).
import { describe, expect, it } from 'vitest';
import { buildGazetteer, findArea, type Gazetteer } from '../../src/understanding/area.js';
import { buildDomainVocabulary } from '../../src/understanding/domainVocabulary.js';
import { loadIntentExamples } from '../../src/understanding/intentExamples.js';
import { kb } from '../support/knowledge.js';

// The domain's words are read once; the gazetteer is built in each test that uses it, so the code under test builds it every time.
let vocabulary: ReturnType<typeof buildDomainVocabulary> | undefined;
const domainWords = () => (vocabulary ??= buildDomainVocabulary(kb, loadIntentExamples()));
const gazetteer = (): Gazetteer => buildGazetteer(kb, domainWords());
const area = (message: string, expecting?: 'area' | 'age') => findArea(gazetteer(), message, expecting);

describe('a place the gazetteer knows', () => {
  it.each([
    ['lives in West Bridgford', 'nottinghamshire', 'rushcliffe', 'West Bridgford'],
    ['Rushclife', 'nottinghamshire', 'rushcliffe', 'Rushcliffe'],
    ['family in Mansfeild', 'nottinghamshire', 'mansfield', 'Mansfield'],
    ['Newark & Sherwood', 'nottinghamshire', 'newark-and-sherwood', 'Newark and Sherwood'],
    ['Kirkby-in-Ashfield', 'nottinghamshire', 'ashfield', undefined],
    ['near Hucknal', 'nottinghamshire', 'ashfield', 'Hucknall'],
    ['Radcliffe on Trent', 'nottinghamshire', 'rushcliffe', undefined],
    ['bassetlaw', 'nottinghamshire', 'bassetlaw', 'Bassetlaw'],
    ['Keyworth', 'nottinghamshire', 'rushcliffe', 'Keyworth'],
  ])('"%s" is in %s (%s)', (message, authority, district, place) => {
    const found = area(message);
    expect(found.area).toMatchObject({ authority, district, unknown: false, ...(place ? { place } : {}) });
    expect(found.candidates).toEqual([]);
  });

  it.each([
    ['a family in Bulwell', 'nottingham-city'],
    ['St Anns', 'nottingham-city'],
    ['in Sinfin', 'derby'],
    ['Derby city', 'derby'],
    ['notts', 'nottinghamshire'],
    ['camhs city', 'nottingham-city'],
    ['mash county', 'nottinghamshire'],
    ['lives in Long Eaton', 'derbyshire'],
    ['youth club in Retford: older lads pay him to take bags down to Doncaster on the train', 'nottinghamshire'],
    ['she lives in Doncaster but goes to school in Retford', 'doncaster'],
    ['I live in Sherwood Rise in the city but my grandson lives with his mum in Arnold', 'nottinghamshire'],
    ['Arboretum ward (Nottm): a Year 2 girl', 'nottingham-city'],
    ['our school is in Kimberley but one pupil lives over the border in Ilkeston, Derbyshire', 'derbyshire'],
    ['family in Bulwell relocating to Derby in the summer', 'derby'],
    ['Leicester city centre', 'elsewhere-in-england'],
  ])('"%s" is in %s', (message, authority) => {
    expect(area(message).area?.authority).toBe(authority);
  });

  it('keeps the words as typed', () => {
    expect(area('a family in BULWELL').area?.asTyped).toBe('bulwell');
    expect(area('Rushclife').area?.asTyped).toBe('rushclife');
  });

  it('takes the place a family is moving to in the same authority', () => {
    expect(area('a family we support in Radcliffe on Trent are moving to Worksop next month').area).toMatchObject({ place: 'Worksop' });
  });

  it('takes the most specific place named', () => {
    expect(area('Arnold in Gedling, Nottinghamshire').area).toMatchObject({ place: 'Arnold', district: 'gedling' });
  });
});

describe('words that are not places', () => {
  it.each([
    'in School', 'at Home with mum', 'struggling at Nursery', 'worse in the Evening', 'he says he will jump off the bridge tonight',
    'county lines', 'another city', 'in a city', 'a 7 year old with ADHD',
  ])('"%s" names no area', message => {
    const found = area(message);
    expect(found.area?.unknown ? undefined : found.area, JSON.stringify(found)).toBeUndefined();
  });

  it.each(['in School', 'worse in the Evening', 'struggling at Nursery'])('"%s" is not even an unknown place', message => {
    expect(area(message)).toEqual({ candidates: [] });
  });
});

describe('a place the guide does not cover', () => {
  it.each([
    ['she lives in Birmingham', 'Birmingham'],
    ['the family moved to Leeds', 'Leeds'],
    ['from Milton Keynes', 'Milton Keynes'],
    ['based in Stoke-on-Trent', 'Stoke-on-Trent'],
  ])('"%s" is reported as "%s"', (message, asTyped) => {
    const found = area(message).area;
    expect(found?.unknown || kb.authority(found?.authority ?? '')?.kind === 'elsewhere', JSON.stringify(found)).toBe(true);
    expect(found?.asTyped.toLowerCase()).toBe(asTyped.toLowerCase());
  });

  it('a place named as where someone came from is not where the child lives', () => {
    expect(area('he says he was brought over from Albania and owes a man money')).toEqual({ area: { asTyped: 'Albania', unknown: true }, candidates: [], notHome: true });
    expect(area('they have moved to Truro now')).toEqual({ area: { asTyped: 'Truro', unknown: true }, candidates: [] });
  });

  it('a bare word in answer to "Where?" is tried as a place', () => {
    expect(area('Kettering', 'area')).toEqual({ area: { asTyped: 'Kettering', unknown: true }, candidates: [] });
    expect(area('Kettering.', 'area').area?.asTyped).toBe('Kettering');
    expect(area('Kettering', 'age')).toEqual({ candidates: [] });
    expect(area('Kettering')).toEqual({ candidates: [] });
  });

  it.each(['not sure', 'no', "don't know", 'dunno', 'why', 'help', 'school', '12', 'a very long answer of many words'])('"%s" in answer to "Where?" is no place', message => {
    expect(area(message, 'area').area).toBeUndefined();
  });

  it('a near-miss on one word of a longer unknown name is not that place', () => {
    expect(area('from Milton Keynes').area?.asTyped.toLowerCase()).toBe('milton keynes');
  });
});

describe('a name in two authorities', () => {
  const withTwoCarltons = () => {
    const carlton = kb.places.find(p => p.name === 'Carlton')!;
    const twoKb = { ...kb, places: [...kb.places, { ...carlton, district: undefined, authority: 'derby' }], district: kb.district.bind(kb) } as typeof kb;
    return buildGazetteer(twoKb, domainWords());
  };

  it('is a question, with both as candidates', () => {
    const asked = findArea(withTwoCarltons(), 'a 6 year old in Carlton');
    expect(asked.area).toBeUndefined();
    expect(asked.candidates.map(c => c.authority).sort()).toEqual(['derby', 'nottinghamshire']);
    expect(asked.candidates.every(c => c.asTyped === 'carlton' && c.unknown === false)).toBe(true);
  });

  it('is settled by a district named beside it', () => {
    const found = findArea(withTwoCarltons(), 'Carlton, Gedling');
    expect(found.area).toMatchObject({ authority: 'nottinghamshire', district: 'gedling' });
    expect(found.candidates).toEqual([]);
  });

  it('is settled by its authority named beside it', () => {
    expect(findArea(withTwoCarltons(), 'Carlton in Derby').area).toMatchObject({ authority: 'derby', place: 'Carlton' });
  });

  it('is settled by where the child is said to live', () => {
    expect(findArea(withTwoCarltons(), 'she lives in Carlton, school in Derby').area?.place).toBe('Carlton');
  });
});
