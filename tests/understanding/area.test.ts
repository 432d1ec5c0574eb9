// Where the child lives: the gazetteer's authorities, districts, towns and estates, typed as people
// type them; a place the guide does not cover, or one that could be in two authorities, is a question.
import { describe, expect, it } from 'vitest';
import { createUnderstander } from '../../src/understanding/understander.js';
import { emptyFacts, mergeFacts } from '../../src/pathway/caseFacts.js';
import { kb, understand } from './understander.js';

describe('the area the child lives in', () => {
  it.each([
    ['lives in West Bridgford', 'nottinghamshire', 'rushcliffe'],
    ['Rushclife', 'nottinghamshire', 'rushcliffe'],
    ['family in Mansfeild', 'nottinghamshire', 'mansfield'],
    ['Newark & Sherwood', 'nottinghamshire', 'newark-and-sherwood'],
    ['newark and sherwood district', 'nottinghamshire', 'newark-and-sherwood'],
    ['Sutton in Ashfield', 'nottinghamshire', 'ashfield'],
    ['Kirkby-in-Ashfield', 'nottinghamshire', 'ashfield'],
    ['near Hucknal', 'nottinghamshire', 'ashfield'],
    ['Radcliffe on Trent', 'nottinghamshire', 'rushcliffe'],
    ['bassetlaw', 'nottinghamshire', 'bassetlaw'],
  ])('"%s" is in %s (%s)', (text, authority, district) => {
    expect(understand(text).facts.area).toMatchObject({ authority, district, unknown: false });
  });

  it.each([
    ['a family in Bulwell', 'nottingham-city'],
    ['St Anns', 'nottingham-city'],
    ['Nottingham', 'nottingham-city'],
    ['in Sinfin', 'derby'],
    ['Derby city', 'derby'],
    ['notts', 'nottinghamshire'],
    ['lives in Long Eaton', 'derbyshire'],
    // A neighbouring town named as where a child was sent, beside a town of the guide's own: the own town is home.
    ['youth club in Retford: older lads pay him to take bags down to Doncaster on the train', 'nottinghamshire'],
    ['she lives in Doncaster but goes to school in Retford', 'doncaster'],
    // The writer's own home gives way to where the child is said to live.
    ['I live in Sherwood Rise in the city but my grandson lives with his mum in Arnold', 'nottinghamshire'],
    // Both authorities have an Arboretum ward: the authority named beside it settles which.
    ['Arboretum ward (Nottm): a Year 2 girl', 'nottingham-city'],
  ])('"%s" is in %s', (text, authority) => {
    expect(understand(text).facts.area?.authority).toBe(authority);
  });

  it.each([
    ['she lives in Birmingham', 'Birmingham'],
    ['the family moved to Leeds', 'Leeds'],
    ['from Milton Keynes', 'Milton Keynes'],
  ])('reports "%s" as a place the guide does not cover', (text, asTyped) => {
    const area = understand(text).facts.area;
    // Either a place the gazetteer knows is elsewhere in England, or one it does not know at all.
    expect(area?.unknown || kb.authority(area?.authority ?? '')?.kind === 'elsewhere', JSON.stringify(area)).toBe(true);
    expect(area?.asTyped.toLowerCase()).toBe(asTyped.toLowerCase());
  });

  it('tries a bare word as a place when the bot has just asked where the child lives', () => {
    expect(understand('Keyworth', undefined, 'area').facts.area).toMatchObject({ authority: 'nottinghamshire', district: 'rushcliffe' });
    expect(understand('Kettering', undefined, 'area').facts.area).toMatchObject({ asTyped: 'Kettering', unknown: true });
    expect(understand('not sure', undefined, 'area').facts.area).toBeUndefined();
  });

  it('does not mistake ordinary words for places', () => {
    // "bridge" is two edits from the City's Berridge ward, not one: a typo allows one in a short word.
    for (const text of ['in School', 'at Home with mum', 'struggling at Nursery', 'worse in the Evening', 'he says he will jump off the bridge tonight']) {
      expect(understand(text).facts.area, text).toBeUndefined();
    }
  });

  it('takes the place the child lives, not where the school is', () => {
    const u = understand('our school is in Kimberley but one pupil lives over the border in Ilkeston, Derbyshire');
    expect(u.facts.area).toMatchObject({ authority: 'derbyshire', place: 'Ilkeston' });
    expect(u.areaCandidates).toEqual([]);
  });

  it('takes the place a family is moving to as the one the question is about', () => {
    const u = understand('a family we support in Radcliffe on Trent are moving to Worksop next month: which early help team should I hand over to?');
    expect(u.facts.area).toMatchObject({ authority: 'nottinghamshire', place: 'Worksop' });
    expect(understand('family in Bulwell relocating to Derby in the summer').facts.area).toMatchObject({ authority: 'derby' });
  });

  it('keeps the area it has when a later message names where someone came from, but not where they live', () => {
    const before = mergeFacts(emptyFacts(), understand('a 13 year old in Ollerton needs an EHAF').facts);
    expect(before.area).toMatchObject({ place: 'Ollerton' });
    expect(understand('he says he was brought over from Albania and owes a man money', before).facts.area).toBeUndefined();
    const moved = understand('they have moved to Truro now', before);
    expect(moved.facts.area).toMatchObject({ asTyped: 'Truro', unknown: true });
  });

  it('asks which one when a place name is in two authorities, unless a district settles it', () => {
    // The real gazetteer has no such name today; one more Carlton, in Derby, makes it.
    const withTwoCarltons = { ...kb, places: [...kb.places, { ...kb.places.find(p => p.name === 'Carlton')!, district: undefined, authority: 'derby' }] };
    const understander = createUnderstander(withTwoCarltons);
    const asked = understander.understand('a 6 year old in Carlton');
    expect(asked.facts.area).toBeUndefined();
    expect(asked.areaCandidates.map(c => c.authority).sort()).toEqual(['derby', 'nottinghamshire']);
    expect(understander.understand('Carlton, Gedling').facts.area).toMatchObject({ authority: 'nottinghamshire', district: 'gedling' });
  });
});
