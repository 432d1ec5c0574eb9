// A ward two cities share (Arboretum is a ward of Nottingham and an area of Derby, in the sources' lists) is
// settled by a place only one of them has, named beside it; alone it stays a question.
import { describe, expect, it } from 'vitest';
import { understand } from './understander.js';

describe('a place two authorities share, named beside a place only one has', () => {
  it('"the Arboretum area of Nottingham city centre" is Nottingham City', () => {
    expect(understand('Youth worker in the Arboretum area of Nottingham city centre: a 12 year old slept in a stairwell').facts.area?.authority).toBe('nottingham-city');
  });
  it('"Arboretum near Derby station" is Derby', () => {
    expect(understand('a boy in Arboretum near Derby station').facts.area?.authority).toBe('derby');
  });
  it('"Arboretum" alone offers both', () => {
    const u = understand('a boy in Arboretum');
    expect(u.facts.area).toBeUndefined();
    expect(u.areaCandidates.map(c => c.authority).sort()).toEqual(['derby', 'nottingham-city']);
  });
});

// Gazetteer: Harworth is in Bassetlaw; Doncaster is a neighbouring authority (Pathway to Provision, D9).
describe('a place the family moved from is not where the child lives now', () => {
  it.each([
    ['Harworth primary (Bassetlaw): family moved over from Doncaster last week. 5 yr old has burns', 'nottinghamshire'],
    ['just moved to Mansfield from Leicester, my son is 9', 'nottinghamshire'],
    ['we moved to Arnold from Derby last month', 'nottinghamshire'],
    ['they came from Derby, now in Bulwell', 'nottingham-city'],
  ])('"%s" is %s', (message, authority) => {
    expect(understand(message).facts.area?.authority).toBe(authority);
  });
  it('"the family is from Derby" still places the child in Derby', () => {
    expect(understand('the family is from Derby, 8 year old').facts.area?.authority).toBe('derby');
  });
});

describe('a place the writer rules out is not the child\'s', () => {
  it.each([
    ['families information service number for the county (not city)?', 'nottinghamshire'],
    ['lives in Derby, not Nottingham', 'derby'],
    ["it's not in the city, it's Arnold", 'nottinghamshire'],
  ])('"%s" is %s', (message, authority) => {
    expect(understand(message).facts.area?.authority).toBe(authority);
  });
  it('"not sure if city or county" rules nothing out: it is unsure', () => {
    expect(understand('not sure if city or county').facts.area).toBeUndefined();
  });
});
