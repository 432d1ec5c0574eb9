// Whom a message is about (children in general, one child, the guidance itself), and which attributes of
// an entry it asks about. The word lists here are written for the test, so what each message should give
// can be read off them; the lists in knowledge/ are checked to load.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAttributeRecogniser, defaultAttributeRecogniser } from '../../src/understanding/attributes.js';
import { createFramingReader, defaultFramingReader } from '../../src/understanding/framing.js';

const fileWith = (name: string, text: string): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'words-')), name);
  writeFileSync(file, text);
  return file;
};

const framingFile = () => fileWith('framing.yaml', [
  'childrenInGeneral: [young people, children in general]',
  'particularChild: [my son, she, this pupil]',
  'aboutTheGuidance: [training quiz, which level is]',
  'theWriter: [i am]',
  'unsureOfArea: [not sure if city or county]',
  'levelsThemselves: [what are the levels, four levels]',
].join('\n'));

describe('whom a message is about', () => {
  const reader = () => createFramingReader(framingFile());

  it.each([
    ['Can young people refer themselves?', true],
    ['can YOUNG  PEOPLE self refer', true],
    ['young people like my son', false],
    ['children in general, and she', false],
    ['my son', false],
    ['youngpeople', true],
    ['young peoples', false],
  ])('"%s" is about children in general: %s', (message, general) => {
    expect(reader().aboutChildrenInGeneral(message)).toBe(general);
  });

  it.each([
    ['For a training quiz: which level is head lice?', true],
    ['which level is this pupil', false],
    ['what level', false],
  ])('"%s" is about the guidance: %s', (message, guidance) => {
    expect(reader().aboutTheGuidance(message)).toBe(guidance);
  });

  it('the writer speaking of themselves is a child unless set apart ("I am writing a training quiz")', () => {
    expect(reader().aboutTheGuidance('I am writing a training quiz: which level is head lice?')).toBe(false);
    expect(reader().aboutTheGuidance('I am writing a training quiz: which level is head lice?', true)).toBe(true);
    expect(reader().aboutTheGuidance('training quiz: which level is this pupil?', true)).toBe(false);
    expect(reader().aboutChildrenInGeneral('I am asking: can young people refer themselves?')).toBe(false);
  });

  it('hears a writer unsure of the area, and a question about the levels themselves', () => {
    expect(reader().unsureOfArea('Not sure if city or county, she lives near the ring road')).toBe(true);
    expect(reader().unsureOfArea('city')).toBe(false);
    expect(reader().asksForTheLevels('What are the levels?')).toBe(true);
    expect(reader().asksForTheLevels('are there four levels')).toBe(true);
    expect(reader().asksForTheLevels('level 3')).toBe(false);
  });

  it.each([
    ["I don't even know which council they come under now", true],
    ['they moved somewhere round Nottingham or Derby', true],
    ['no idea what area, the county or the city', true],
    ['she lives in Derby, not Nottingham', false],
    ['we know which council it is: Gedling', false],
  ])('the words in knowledge/ read "%s" as unsure of the area: %s', (message, unsure) => {
    expect(defaultFramingReader().unsureOfArea(message)).toBe(unsure);
  });

  it('each pattern is tried afresh for each message', () => {
    const once = reader();
    expect(once.unsureOfArea('not sure if city or county')).toBe(true);
    expect(once.unsureOfArea('not sure if city or county')).toBe(true);
    expect(once.asksForTheLevels('four levels')).toBe(true);
    expect(once.asksForTheLevels('four levels')).toBe(true);
    expect(once.aboutChildrenInGeneral('young people')).toBe(true);
    expect(once.aboutChildrenInGeneral('young people')).toBe(true);
  });

  it('a slip in the word file names the file and the list', () => {
    const file = fileWith('framing.yaml', 'childrenInGeneral: []\nparticularChild: [she]\naboutTheGuidance: [quiz]\ntheWriter: [me]\nunsureOfArea: [x]\nlevelsThemselves: [y]\n');
    expect(() => createFramingReader(file)).toThrow(/framing\.yaml: childrenInGeneral: /);
    const extra = fileWith('framing.yaml', 'childrenInGeneral: [a]\nparticularChild: [she]\naboutTheGuidance: [quiz]\ntheWriter: [me]\nunsureOfArea: [x]\nlevelsThemselves: [y]\nother: [z]\n');
    expect(() => createFramingReader(extra)).toThrow(/framing\.yaml/);
    const blank = fileWith('framing.yaml', 'childrenInGeneral: ["  "]\nparticularChild: [she]\naboutTheGuidance: [quiz]\ntheWriter: [me]\nunsureOfArea: [x]\nlevelsThemselves: [y]\n');
    expect(() => createFramingReader(blank)).toThrow(/childrenInGeneral\.0/);
  });

  it.each(['childrenInGeneral', 'particularChild', 'aboutTheGuidance', 'theWriter', 'unsureOfArea', 'levelsThemselves'])('a blank phrase in %s is refused', list => {
    const file = framingFile();
    writeFileSync(file, readFileSync(file, 'utf8').replace(new RegExp(`^${list}: \\[`, 'm'), `${list}: ["  ", `));
    expect(() => createFramingReader(file)).toThrow(new RegExp(`framing\\.yaml: ${list}\\.0: `));
  });

  it('each slip is said on a line of its own', () => {
    const file = fileWith('framing.yaml', 'childrenInGeneral: []\nparticularChild: []\naboutTheGuidance: [quiz]\ntheWriter: [me]\nunsureOfArea: [x]\nlevelsThemselves: [y]\n');
    expect(() => createFramingReader(file)).toThrow(/childrenInGeneral: [^\n]+\n[^\n]*framing\.yaml: particularChild: /);
  });

  it('the words in knowledge/ load, once', () => {
    expect(defaultFramingReader()).toBe(defaultFramingReader());
    expect(defaultFramingReader().aboutChildrenInGeneral('my son')).toBe(false);
  });
});

const attributesFile = () => fileWith('attributes.yaml', [
  'attributes:',
  '  length: [how long, how many weeks]',
  '  waiting: [how long until, waiting list]',
  '  ages: [what ages, how old]',
  '  phone: [number, phone]',
  '  email: [email]',
  '  about: [what is]',
  '  requirements: [criteria]',
  '  sessions: [sessions]',
  '  hours: [opening hours]',
  '  who-can-refer: [who can refer]',
  '  consent: [consent]',
  '  form: [form]',
  '  after-referral: [what happens next]',
  '  covers: [cover]',
  'references: [that, it, their]',
  "elsewhere: [equivalent, '/\\bthe\\s+([a-z]+\\s+){0,2}ones?\\b/']",
  "elsewhereAfterAnEntry: [what about, '/^\\s*and\\b[^.?!]{0,25}\\??\\s*$/']",
].join('\n'));

describe('attributes asked about', () => {
  const recognise = (message: string) => createAttributeRecogniser(attributesFile()).recognise(message);

  it.each([
    ['How long does it run?', ['length'], true],
    ['how many weeks is the course', ['length'], false],
    ['what ages, and their number?', ['ages', 'phone'], true],
    ['phone number', ['phone'], false],
    ['email or phone or email', ['email', 'phone'], false],
    ['how long until they see him', ['waiting'], false],
    ['how old, and how long until it starts', ['ages', 'waiting'], true],
    ['Their EMAIL', ['email'], true],
  ])('"%s" asks about %j, pointing back: %s', (message, attributes, refersBack) => {
    expect(recognise(message)).toMatchObject({ attributes, refersBack });
  });

  it('a message asking about no attribute asks nothing', () => {
    expect(recognise('he is 7 and lives in Derby')).toBeUndefined();
  });

  it('where two readings overlap, the longer words win, in the order the message asks', () => {
    expect(recognise('waiting list and how long until and how long')).toMatchObject({ attributes: ['waiting', 'length'], refersBack: false });
  });

  it('readings that only touch both count', () => {
    expect(recognise('email phone')).toMatchObject({ attributes: ['email', 'phone'], refersBack: false });
  });

  it('keeps the words of the part of the question each attribute is asked in, by stem', () => {
    const asked = recognise('what ages are the reviews for, and how long until a case is closed?');
    expect(asked?.clauseTerms.ages).toContain('review');
    expect(asked?.clauseTerms.ages).not.toContain('case');
    expect(asked?.clauseTerms.waiting).toContain('case');
    expect(asked?.clauseTerms.waiting).not.toContain('review');
  });

  it.each([
    ['and the city one?', 'entry'],
    ["what's the Derby equivalent", 'entry'],
    ['what about Gedling?', 'follow-up'],
    ['and Ashfield?', 'follow-up'],
    ['does that cover Derby?', undefined],
    ['someone needs to look at this', undefined],
    ['Derby: how long until one is allocated?', undefined],
    ['and she is 7 and lives in Derby with her nan who is not well', undefined],
  ])('"%s" asks the same of another place\'s own entry: %s', (message, elsewhere) => {
    expect(createAttributeRecogniser(attributesFile()).asksElsewhere(message)).toBe(elsewhere);
  });

  it('a slip in the word file names the file and the field', () => {
    const file = attributesFile();
    writeFileSync(file, readFileSync(file, 'utf8').replace('attributes:', 'attributes:\n  colour: [what colour]'));
    expect(() => createAttributeRecogniser(file)).toThrow(/attributes\.yaml: attributes/);
    const missing = fileWith('attributes.yaml', 'attributes:\n  email: [email]\nreferences: [it]\n');
    expect(() => createAttributeRecogniser(missing)).toThrow(/attributes\.yaml: attributes\.about/);
    const noReferences = attributesFile();
    writeFileSync(noReferences, readFileSync(noReferences, 'utf8').replace('references: [that, it, their]', 'references: []'));
    expect(() => createAttributeRecogniser(noReferences)).toThrow(/attributes\.yaml: references/);
  });

  it('a blank phrase for an attribute or a reference is refused, each slip on a line of its own', () => {
    const file = attributesFile();
    writeFileSync(file, readFileSync(file, 'utf8').replace('email: [email]', 'email: ["  "]').replace('references: [that, it, their]', 'references: ["  "]'));
    expect(() => createAttributeRecogniser(file)).toThrow(/attributes\.yaml: attributes\.email\.0: [^\n]+\n[^\n]*attributes\.yaml: references\.0: /);
  });

  it('the words in knowledge/ load, once', () => {
    expect(defaultAttributeRecogniser()).toBe(defaultAttributeRecogniser());
    expect(defaultAttributeRecogniser().recognise("what's their email?")?.attributes).toEqual(['email']);
  });
});
