// From the printed indicators a description matches to a level of need. Safety rule 2: when two levels
// match about as well (within 85% of the best), the higher one is chosen. A small set of levels written
// here, so each expected ranking can be worked out by hand.
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/knowledgeBase.js';
import { levelsToShow, matchLevels } from '../../src/pathway/levelMatching.js';

const level = (id: string, authority: string, rank: number, groups: [string, string[]][]) => ({
  id, authority, rank, name: id, indicators: groups.map(([domain, items]) => ({ domain, items })),
});
const levels = [
  level('two', 'shire', 2, [['health', ['missed appointments', 'head lice']], ['school', ['late often']]]),
  level('three', 'shire', 3, [['health', ['untreated illness']], ['home', ['parent misuses drugs', 'no food']]]),
  level('four', 'shire', 4, [['safety', ['injury explained badly']]]),
  level('city-two', 'city', 2, [['health', ['missed appointments']]]),
];
const kb = { level: (id: string) => levels.find(l => l.id === id) } as unknown as KnowledgeBase;
const match = (level: string, group: number, item: number, score: number) => ({ level, group, item, score });

const ranked = (found: ReturnType<typeof matchLevels>) => found.map(m => m.level.id);

describe('a description matched to levels', () => {
  it('nothing matched is no level', () => {
    expect(matchLevels(kb, 'shire', [])).toEqual([]);
  });

  it('one level matched is that level, with what it matched as printed and its domain', () => {
    const found = matchLevels(kb, 'shire', [match('two', 0, 1, 1), match('two', 1, 0, 1)]);
    expect(ranked(found)).toEqual(['two']);
    expect(found[0]!.matched).toEqual([{ domain: 'health', item: 'head lice' }, { domain: 'school', item: 'late often' }]);
  });

  it('the level matched best leads when no higher level comes close', () => {
    // two: 3; three: 2 (under 85% of 3); the lower level leads.
    expect(ranked(matchLevels(kb, 'shire', [match('two', 0, 0, 2), match('two', 0, 1, 1), match('three', 1, 0, 2)]))).toEqual(['two', 'three']);
  });

  it('the best is the best scored, whichever indicator was matched first', () => {
    expect(ranked(matchLevels(kb, 'shire', [match('three', 1, 0, 2), match('two', 0, 0, 2), match('two', 0, 1, 1)]))).toEqual(['two', 'three']);
  });

  it('after the leader, the rest follow by score, whichever was matched first', () => {
    // four leads on its own score; three (1) and two (0.5) follow in score order though two was matched first.
    expect(ranked(matchLevels(kb, 'shire', [match('two', 0, 0, 0.5), match('three', 0, 0, 1), match('four', 0, 0, 3)]))).toEqual(['four', 'three', 'two']);
  });

  it('a higher level within 85% of the best leads (when unsure, escalate)', () => {
    // two: 1; three: 0.85, exactly 85%.
    expect(ranked(matchLevels(kb, 'shire', [match('two', 0, 0, 1), match('three', 0, 0, 0.85)]))).toEqual(['three', 'two']);
    // two: 1; three: 0.84, just under.
    expect(ranked(matchLevels(kb, 'shire', [match('two', 0, 0, 1), match('three', 0, 0, 0.84)]))).toEqual(['two', 'three']);
  });

  it('of several close levels, the highest leads and the rest follow by score', () => {
    const found = matchLevels(kb, 'shire', [match('two', 0, 0, 1), match('three', 1, 1, 0.9), match('four', 0, 0, 0.95)]);
    expect(ranked(found)).toEqual(['four', 'two', 'three']);
  });

  it('a lower level scoring close to a higher best does not take the lead', () => {
    expect(ranked(matchLevels(kb, 'shire', [match('four', 0, 0, 1), match('two', 0, 0, 0.9)]))).toEqual(['four', 'two']);
  });

  it('the scores of one level\'s indicators add up', () => {
    // three: 0.5 + 0.5 + 0.5 = 1.5 beats two: 1.2 (1.2 is 80% of 1.5, not close enough to matter, and lower anyway).
    const found = matchLevels(kb, 'shire', [match('two', 0, 0, 1.2), match('three', 0, 0, 0.5), match('three', 1, 0, 0.5), match('three', 1, 1, 0.5)]);
    expect(ranked(found)).toEqual(['three', 'two']);
    expect(found[0]!.matched.map(m => m.item)).toEqual(['untreated illness', 'parent misuses drugs', 'no food']);
  });

  it('keeps another authority\'s levels, and indicators that are not printed, out', () => {
    const found = matchLevels(kb, 'shire', [
      match('city-two', 0, 0, 5), match('nowhere', 0, 0, 5), match('two', 7, 0, 5), match('two', 0, 9, 5), match('two', 1, 0, 1),
    ]);
    expect(ranked(found)).toEqual(['two']);
    expect(found[0]!.matched).toEqual([{ domain: 'school', item: 'late often' }]);
    expect(ranked(matchLevels(kb, 'city', [match('city-two', 0, 0, 1), match('two', 0, 0, 3)]))).toEqual(['city-two']);
  });

  it('shows at most six of a level\'s matched indicators', () => {
    const many = Array.from({ length: 8 }, () => match('two', 0, 0, 1));
    const found = matchLevels(kb, 'shire', many);
    expect(found[0]!.matched).toHaveLength(6);
  });
});

describe('the levels shown beside an answer', () => {
  it('the next level is shown only where its evidence is at least half the first\'s', () => {
    // two: 4; three: 2, exactly half: both. three: 1.9: two alone.
    expect(ranked(levelsToShow(kb, 'shire', [match('two', 0, 0, 4), match('three', 0, 0, 2)]))).toEqual(['two', 'three']);
    expect(ranked(levelsToShow(kb, 'shire', [match('two', 0, 0, 4), match('three', 0, 0, 1.9)]))).toEqual(['two']);
  });

  it('never more than two, and a higher level chosen within 85% keeps the better-scored one beside it', () => {
    expect(ranked(levelsToShow(kb, 'shire', [match('two', 0, 0, 1), match('three', 1, 1, 0.9), match('four', 0, 0, 0.95)]))).toEqual(['four', 'two']);
    expect(levelsToShow(kb, 'shire', [])).toEqual([]);
  });
});
