// Where the child lives: the gazetteer's authorities, districts, towns and estates, typed as people
// type them; a place the guide does not cover, or one that could be in two authorities, is a question.
import { describe, expect, it } from 'vitest';
import { createUnderstander } from '../../src/understanding/understander.js';
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
  ])('"%s" is in %s', (text, authority) => {
    expect(understand(text).facts.area?.authority).toBe(authority);
  });

  it.each([
    ['she lives in Birmingham', 'Birmingham'],
    ['the family moved to Leeds', 'Leeds'],
    ['from Milton Keynes', 'Milton Keynes'],
  ])('reports "%s" as a place the guide does not cover', (text, place) => {
    // Places elsewhere in England are data (knowledge/elsewhere.yaml): known, and outside the guide.
    expect(understand(text).facts.area).toMatchObject({ authority: 'elsewhere-in-england', place, unknown: false });
  });

  it('tries a bare word as a place when the bot has just asked where the child lives', () => {
    expect(understand('Keyworth', undefined, 'area').facts.area).toMatchObject({ authority: 'nottinghamshire', district: 'rushcliffe' });
    expect(understand('Leeds', undefined, 'area').facts.area).toMatchObject({ authority: 'elsewhere-in-england', place: 'Leeds' });
    expect(understand('not sure', undefined, 'area').facts.area).toBeUndefined();
  });

  it('does not mistake ordinary words for places', () => {
    for (const text of ['in School', 'at Home with mum', 'struggling at Nursery', 'worse in the Evening']) {
      expect(understand(text).facts.area, text).toBeUndefined();
    }
  });

  it('takes the place the child lives, not where the school is', () => {
    const u = understand('our school is in Kimberley but one pupil lives over the border in Ilkeston, Derbyshire');
    expect(u.facts.area).toMatchObject({ authority: 'derbyshire', place: 'Ilkeston' });
    expect(u.areaCandidates).toEqual([]);
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
