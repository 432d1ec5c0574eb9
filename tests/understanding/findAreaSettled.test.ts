// Which of several places named is where the child lives, read straight from the gazetteer: a name two
// authorities share (Arboretum is a ward of Nottingham and an area of Derby, geography.yaml) settled by a
// place only one of them has; the writer's own home, set apart, giving way to the child's, however
// specific; and the words "though" or "myself" after a place where no one says "I live".
import { describe, expect, it } from 'vitest';
import { buildGazetteer, findArea } from '../../src/understanding/area.js';
import { buildDomainVocabulary } from '../../src/understanding/domainVocabulary.js';
import { loadIntentExamples } from '../../src/understanding/intentExamples.js';
import { kb } from '../support/knowledge.js';

// The domain's words are read once; the gazetteer is built in each test, so the code under test builds it every time.
let vocabulary: ReturnType<typeof buildDomainVocabulary> | undefined;
const domainWords = () => (vocabulary ??= buildDomainVocabulary(kb, loadIntentExamples()));
const area = (message: string) => findArea(buildGazetteer(kb, domainWords()), message);

describe('Arboretum, a name Nottingham and Derby share', () => {
  it.each([
    ['Youth worker in the Arboretum area of Nottingham city centre', 'nottingham-city'],
    ['a boy in Arboretum, near Hyson Green', 'nottingham-city'],
    ['a girl in Arboretum, near Shelton Lock', 'derby'],
    ['Shelton Lock, or Arboretum', 'derby'],
  ])('"%s" is settled by the place only one of them has: %s', (message, authority) => {
    const found = area(message);
    expect(found.area).toMatchObject({ authority, unknown: false });
    expect(found.candidates).toEqual([]);
  });

  it('alone, it is a question between the two', () => {
    const found = area('a boy in Arboretum');
    expect(found.area).toBeUndefined();
    expect(found.candidates.map(c => c.authority).sort()).toEqual(['derby', 'nottingham-city']);
  });

  it('beside places of both cities, it is still a question', () => {
    const found = area('Arboretum: she stays between Hyson Green and Shelton Lock');
    expect(found.area).toBeUndefined();
    expect(new Set(found.candidates.map(c => c.authority))).toEqual(new Set(['derby', 'nottingham-city']));
  });
});

describe('the writer\'s home, set apart, and the child\'s', () => {
  it('the writer\'s home gives way even when it is the more specific place', () => {
    const found = area('I live in Sherwood Rise myself, the girl is in Gedling');
    expect(found.area).toMatchObject({ authority: 'nottinghamshire', district: 'gedling' });
    expect(found.candidates).toEqual([]);
  });

  it('of the child\'s places in one authority, the most specific', () => {
    expect(area('I live in Sherwood Rise myself; she is in Gedling, in Carlton').area).toMatchObject({ authority: 'nottinghamshire', place: 'Carlton' });
  });

  it('said to live in two places in two authorities, she is a question between them', () => {
    const found = area('she lives with mum in Bulwell and lives with dad in Sinfin');
    expect(found.area).toBeUndefined();
    expect(found.candidates.map(c => c.authority).sort()).toEqual(['derby', 'nottingham-city']);
  });

  it('"though" after where the child lives, with no "I live" before it, does not set it apart', () => {
    expect(area('she lives in Arnold though, school in Bulwell').area).toMatchObject({ authority: 'nottinghamshire', place: 'Arnold' });
  });
});

describe('a slip in a two-word name, and a cue cut off by a comma', () => {
  it('"St Ans", one letter short of St Anns, is St Anns', () => {
    expect(area('a family in St Ans').area).toMatchObject({ authority: 'nottingham-city', asTyped: 'st ans', unknown: false });
  });

  it('"moved" before a comma says nothing of the school named after it: she lives in Sinfin', () => {
    const found = area('she moved, so her school is in Bulwell; she lives in Sinfin');
    expect(found.area).toMatchObject({ authority: 'derby', place: 'Sinfin' });
    expect(found.candidates).toEqual([]);
  });
});
