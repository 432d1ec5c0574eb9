// More of where the child lives, read straight from the gazetteer: typos by the length of the name
// (one slip in a short name, two in a name of eight letters or more), short names and bare aliases
// ("city", "county") matched only exactly and only where they stand alone, words that are never
// places, the writer's own home set apart from the child's, and a one-line answer to "Where?".
import { describe, expect, it } from 'vitest';
import { buildGazetteer, findArea } from '../../src/understanding/area.js';
import { buildDomainVocabulary } from '../../src/understanding/domainVocabulary.js';
import { loadIntentExamples } from '../../src/understanding/intentExamples.js';
import { kb } from '../support/knowledge.js';

// The domain's words are read once; the gazetteer is built in each test, so the code under test builds it every time.
let vocabulary: ReturnType<typeof buildDomainVocabulary> | undefined;
const domainWords = () => (vocabulary ??= buildDomainVocabulary(kb, loadIntentExamples()));
const area = (message: string, expecting?: 'area' | 'age') => findArea(buildGazetteer(kb, domainWords()), message, expecting);

describe('typos', () => {
  it.each([
    ['Rushclif', 'rushcliffe', 'Rushcliffe'], // two letters missing from a ten-letter name
    ['Bassetlw', 'bassetlaw', 'Bassetlaw'],
    ['Mansfeld', 'mansfield', 'Mansfield'],
    ['Ilkestn', undefined, 'Ilkeston'],
    ['Bulwel', undefined, 'Bulwell'], // six letters: the shortest single word tried
  ])('"%s" is %s (%s)', (message, district, place) => {
    expect(area(message).area).toMatchObject({ unknown: false, place, ...(district ? { district } : {}) });
  });

  it('two letters wrong in a long name ("Nottinghanshure")', () => {
    expect(area('Nottinghanshure').area).toMatchObject({ authority: 'nottinghamshire', unknown: false });
  });

  it('a five-letter name, typed with a letter too many', () => {
    expect(area('Derbby').area).toMatchObject({ authority: 'derby', unknown: false });
  });

  it('"cuonty": a bare alias is matched exactly or not at all', () => {
    expect(area('cuonty')).toEqual({ candidates: [] });
  });
});

describe('short names and bare aliases', () => {
  it('a name of three letters: "NCC", both councils\' initials (geography.yaml), is a question between them', () => {
    const found = area('NCC');
    expect(found.area).toBeUndefined();
    expect(found.candidates.map(c => c.authority).sort()).toEqual(['nottingham-city', 'nottinghamshire']);
  });

  it.each([
    ['city', 'nottingham-city'],
    ['my son is with camhs city', 'nottingham-city'],
    ['mash county, worried about county lines', 'nottinghamshire'],
    ['city centre', 'nottingham-city'],
  ])('"%s" is in %s', (message, authority) => {
    expect(area(message).area).toMatchObject({ authority, unknown: false });
  });

  it.each(['Plymouth city', 'county line', 'another city centre'])('"%s" names no area', message => {
    expect(area(message).area).toBeUndefined();
  });
});

describe('words that are never places', () => {
  it.each(['struggling in January', 'seen in Friday club', 'in Behaviour support', 'in Social care'])('"%s" is not even an unknown place', message => {
    expect(area(message)).toEqual({ candidates: [] });
  });
});

describe('the writer\'s home and the child\'s', () => {
  it('the writer\'s home set apart ("myself", "though") gives way to where the child is', () => {
    expect(area("I live in Mansfield myself, so I don't know who covers her; she is in Sinfin").area).toMatchObject({ authority: 'derby', place: 'Sinfin' });
    expect(area('I live in Mansfield though, she lives in Arnold').area).toMatchObject({ authority: 'nottinghamshire', place: 'Arnold' });
  });

  it('the writer\'s home alone is taken', () => {
    expect(area('I live in Mansfield').area).toMatchObject({ district: 'mansfield' });
  });

  it('the child\'s two places in two authorities, beside the writer\'s home: a question between the two', () => {
    const found = area('I live in Mansfield myself; she splits her time between Bulwell and Sinfin');
    expect(found.area).toBeUndefined();
    expect(found.candidates.map(c => c.place).sort()).toEqual(['Bulwell', 'Sinfin']);
  });

  it('where the child lives, however specific the place she was found', () => {
    expect(area('lives in Gedling and was found in Radford').area).toMatchObject({ authority: 'nottinghamshire', district: 'gedling' });
  });
});

describe('a one-line answer to "Where?"', () => {
  it('is trimmed', () => {
    expect(area(' Kettering ', 'area').area).toEqual({ asTyped: 'Kettering', unknown: true });
  });

  it('of up to three words is a place', () => {
    expect(area('Bury St Edmunds', 'area').area).toEqual({ asTyped: 'Bury St Edmunds', unknown: true });
  });

  it.each(['she is 12', '7 years', 'dont know'])('"%s" is no place', message => {
    expect(area(message, 'area').area).toBeUndefined();
  });
});

describe('more of where the child lives', () => {
  it('a two-word name typed with a slip ("Mansfeld Woodhouse")', () => {
    expect(area('from Mansfeld Woodhouse').area).toMatchObject({ place: 'Mansfield Woodhouse', asTyped: 'mansfeld woodhouse', unknown: false });
  });

  it('a near-miss on one word of a longer unknown name is not that place ("Bulwel Forest" is not Bulwell)', () => {
    expect(area('from Bulwel Forest')).toEqual({ area: { asTyped: 'Bulwel Forest', unknown: true }, candidates: [], notHome: true });
  });

  it('"lines" alone: five letters are too few to guess a name from', () => {
    expect(area('lines')).toEqual({ candidates: [] });
  });

  it('"Radcliffe on Trent" is that place, not "Radcliffe" within it', () => {
    expect(area('Radcliffe on Trent').area).toMatchObject({ place: 'Radcliffe on Trent', asTyped: 'radcliffe on trent' });
  });

  it.each([
    ['she lives in Doncaster, school in Retford', 'doncaster', 'Doncaster'],
    ['they live in Doncaster but go to school in Retford', 'doncaster', 'Doncaster'],
    ['she lives in Gedling, living in Arnold now, school in Derby', 'nottinghamshire', 'Arnold'],
    ['lives in Gedling and was found in Radford', 'nottinghamshire', 'Gedling'],
  ])('"%s": where she lives, %s (%s), and no question', (message, authority, place) => {
    const found = area(message);
    expect(found.area).toMatchObject({ authority, place });
    expect(found.candidates).toEqual([]);
  });

  it.each([
    'I live in Mansfield too, so I dont know who covers her; she is in Sinfin',
    'I live in Mansfield but the kid is in Sinfin',
  ])('"%s": the child is in Sinfin', message => {
    expect(area(message).area).toMatchObject({ authority: 'derby', place: 'Sinfin' });
  });

  it('four words in answer to "Where?" are no place', () => {
    expect(area('near the old mill', 'area').area).toBeUndefined();
  });
});
