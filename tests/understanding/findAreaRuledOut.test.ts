// Places the writer rules out, places the family has left, and a place the guide does not know named in
// several words, read straight from the gazetteer: "not Bulwell", "isnt in Bulwell", "not the Bulwell one"
// are no candidates; "moved over from Doncaster" is where they lived before; "Kingston upon Thames" is one
// place. Which places exist, and in which authority, is read off knowledge/geography.yaml and elsewhere.yaml
// (Bulwell is in Nottingham City, Sinfin in Derby, Arnold in Nottinghamshire, Worksop in Nottinghamshire,
// Doncaster outside the guide's three authorities).
import { describe, expect, it } from 'vitest';
import { buildGazetteer, findArea } from '../../src/understanding/area.js';
import { buildDomainVocabulary } from '../../src/understanding/domainVocabulary.js';
import { loadIntentExamples } from '../../src/understanding/intentExamples.js';
import { kb } from '../support/knowledge.js';

// The domain's words are read once; the gazetteer is built in each test, so the code under test builds it every time.
let vocabulary: ReturnType<typeof buildDomainVocabulary> | undefined;
const domainWords = () => (vocabulary ??= buildDomainVocabulary(kb, loadIntentExamples()));
const area = (message: string) => findArea(buildGazetteer(kb, domainWords()), message);

describe('a place the writer rules out is no candidate', () => {
  it.each([
    ['lives in Derby, not Nottingham', 'derby', undefined],
    ['Sinfin, not Bulwell', 'derby', 'Sinfin'],
    ['not Sinfin, she is in Bulwell now', 'nottingham-city', 'Bulwell'],
    ['the family is in Bulwell, not in Arnold', 'nottingham-city', 'Bulwell'],
    ['she is at the Sinfin address, not the Bulwell one', 'derby', 'Sinfin'],
    ['she isnt in Bulwell anymore, she is in Sinfin', 'derby', 'Sinfin'],
    ['they arent in Bulwell now, they are in Sinfin', 'derby', 'Sinfin'],
  ])('"%s" is %s (%s), and no question', (message, authority, place) => {
    const found = area(message);
    expect(found.area).toMatchObject({ authority, unknown: false, ...(place ? { place } : {}) });
    expect(found.candidates).toEqual([]);
  });

  it('"not" earlier in the message, about something else, rules nothing out: "he is not well, lives in Arnold"', () => {
    expect(area('he is not well, lives in Arnold').area).toMatchObject({ authority: 'nottinghamshire', place: 'Arnold', unknown: false });
  });
});

describe('where the family lived before', () => {
  it('"moved over from Doncaster to Worksop": they live in Worksop', () => {
    const found = area('they moved over from Doncaster to Worksop');
    expect(found.area).toMatchObject({ authority: 'nottinghamshire', place: 'Worksop' });
    expect(found.candidates).toEqual([]);
  });

  it('"moved from" says nothing of the place she is said to live in after it: "we moved from Sinfin, she lives in Arnold"', () => {
    const found = area('we moved from Sinfin, she lives in Arnold');
    expect(found.area).toMatchObject({ authority: 'nottinghamshire', place: 'Arnold' });
    expect(found.candidates).toEqual([]);
  });
});

describe('a place the guide does not know, in several words', () => {
  it('"she lives in Kingston upon Thames" is that place, whole', () => {
    expect(area('she lives in Kingston upon Thames')).toEqual({ area: { asTyped: 'Kingston upon Thames', unknown: true }, candidates: [] });
  });
});
