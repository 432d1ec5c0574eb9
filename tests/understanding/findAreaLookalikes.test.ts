// Words that only look like places, and places typed with a stray space, read straight from the gazetteer:
// an everyday word a few letters longer or shorter than a name ("nothing", "Nottingham") is no place; a
// word of a longer name the guide does not know on its own ("Burton" of Burton upon Trent, "Milton" of
// Milton Keynes) is not guessed as the place one letter away (Buxton, Melton); "the" in front of a word
// does not make it "the city" or "the county"; and two spaces typed before or between words of a place
// change nothing. Which places exist, and where, is read off knowledge/geography.yaml and elsewhere.yaml.
import { describe, expect, it } from 'vitest';
import { buildGazetteer, findArea } from '../../src/understanding/area.js';
import { buildDomainVocabulary } from '../../src/understanding/domainVocabulary.js';
import { loadIntentExamples } from '../../src/understanding/intentExamples.js';
import { kb } from '../support/knowledge.js';

// The domain's words are read once; the gazetteer is built in each test, so the code under test builds it every time.
let vocabulary: ReturnType<typeof buildDomainVocabulary> | undefined;
const domainWords = () => (vocabulary ??= buildDomainVocabulary(kb, loadIntentExamples()));
const area = (message: string, expecting?: 'area') => findArea(buildGazetteer(kb, domainWords()), message, expecting);

describe('everyday words a few letters from a place name', () => {
  it.each([
    ['there is nothing I can do', 'Nottingham'],
    ['a little boy aged 4', 'Littleover'],
    ['he is on melatonin to sleep', 'Melton'],
    ['he was carrying a machete', 'Manchester'],
    ['which borough covers it?', 'Bilborough'],
  ])('"%s" names no place (not %s)', message => {
    expect(area(message)).toEqual({ candidates: [] });
  });
});

describe('one word of a longer name, on its own', () => {
  it.each([
    ['she lives in Burton', 'Burton', 'Buxton, Derbyshire'],
    ['a family in Milton', 'Milton', 'Melton Mowbray, Leicestershire'],
  ])('"%s": %s is a place the guide does not know, not %s', (message, typed) => {
    expect(area(message).area).toEqual({ asTyped: typed, unknown: true });
  });
});

describe('"the" in front of a word', () => {
  it.each([
    'can I speak to the duty social worker',
    'I rang the duty desk',
    'she is out of the country',
  ])('"%s" is not the city or the county', message => {
    expect(area(message)).toEqual({ candidates: [] });
  });
});

describe('a move told in the plural', () => {
  it('"they now live in Swansea": the family lives there, a place the guide does not know', () => {
    expect(area('they now live in Swansea')).toEqual({ area: { asTyped: 'Swansea', unknown: true }, candidates: [] });
  });
});

describe('two spaces typed', () => {
  it('before a place the guide does not know: she still lives there', () => {
    expect(area('she lives in  Swansea')).toEqual({ area: { asTyped: 'Swansea', unknown: true }, candidates: [] });
  });

  it('between the words of a one-line answer to "Where?": still a place', () => {
    expect(area('Kingston  upon  Thames', 'area').area).toEqual({ asTyped: 'Kingston  upon  Thames', unknown: true });
  });
});

describe('"I live" belongs to the place it comes just before', () => {
  it('cut off by a comma, it is not the writer\'s home: "she is in Mansfield though", not Derby where the writer works', () => {
    expect(area('I live close by, she is in Mansfield though, I work in Derby').area).toMatchObject({ authority: 'nottinghamshire', place: 'Mansfield' });
  });

  it('"though" long after the writer\'s home does not set it apart: "and so does she" keeps her in Mansfield', () => {
    expect(area('I live in Mansfield and so does she, though her school is in Bulwell').area).toMatchObject({ authority: 'nottinghamshire', place: 'Mansfield' });
  });
});
