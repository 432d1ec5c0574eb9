// "What level of need is this?" (src/pathway/decide.ts): each authority's own levels, as printed. Pathway to
// Provision (Nottinghamshire): Level 1 (Universal), Level 2 (Early Help), Level 3 (Targeted Early Help),
// Level 4 (Specialist) with 4a, 4b and 4c; "Carrying a weapon" is a Level 3 indicator under Emotional &
// Behavioural Development; Level 3's Health indicators begin "Some concerns around mental health", its
// Education & Learning ones "Short term exclusion or persistent truanting, poor school attendance". Derby's
// handbook: Low level needs, Emerging needs, Complex or serious needs, Child protection concerns.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CaseFacts } from '../../src/pathway/caseFacts.js';
import { decide } from '../../src/pathway/decide.js';
import { Question, type IndicatorMatch } from '../../src/pathway/question.js';
import type { Route } from '../../src/pathway/route.js';
import { kb } from '../support/knowledge.js';

/** A Wednesday, 10:00 in London. */
const inHours = new Date('2026-12-02T10:00:00Z');
const westBridgford = { authority: 'nottinghamshire', district: 'rushcliffe', place: 'West Bridgford', asTyped: 'West Bridgford' };
const derby = { authority: 'derby', place: 'Alvaston', asTyped: 'Alvaston' };
const threshold = (facts: z.input<typeof CaseFacts>, question: Omit<z.input<typeof Question>, 'kind'> = {}): Route =>
  decide(CaseFacts.parse(facts), kb, inHours, Question.parse({ kind: 'threshold', ...question }));

/** A printed indicator the description matched, found by its printed words. */
const indicator = (level: string, item: string, score: number): IndicatorMatch => {
  const groups = kb.level(level)?.indicators ?? [];
  for (const [group, { items }] of groups.entries()) if (items.includes(item)) return { level, group, item: items.indexOf(item), score };
  throw new Error(`no indicator "${item}" at ${level}`);
};
const weapon = (score = 9) => indicator('notts-level-3', 'Carrying a weapon', score);
const COUNTY_LEVELS = "Nottinghamshire County's levels of need: Level 1 (Universal); Level 2 (Early Help); Level 3 (Targeted Early Help); Level 4 (Specialist); Level 4a (Children in Need of Specialist Support from Children's Social Care); Level 4b (Children in Need of Protection); Level 4c (Children in Need of Care).";
const DERBY_LEVELS = "Derby City's levels of need: Low level needs (Universal services); Emerging needs (Early help (Early Help Assessment)); Complex or serious needs (Children's Social Care (child in need)); Child protection concerns (Children's Social Care (section 47)).";

describe('levels of need', () => {
  it('no area and no level named: asks which area, as each authority has its own levels', () => {
    const r = threshold({ concerns: ['offending'] }, { topics: { indicators: [weapon()] } });
    expect(r.kind).toBe('threshold');
    expect(r.headline).toBe('Each authority has its own levels of need: which area does the child live in?');
    expect(r.missing).toEqual(['area']);
    expect(r.levels).toEqual([]);
  });

  it('a level named with no area: that level, in its own authority\'s guidance', () => {
    const r = threshold({}, { levelsMentioned: ['notts-level-2'] });
    expect(r.headline).toBe('Level 2 (Early Help)');
    expect(r.levels.map(l => l.level.id)).toEqual(['notts-level-2']);
    expect(r.missing).toEqual([]);
  });

  it('"early help" in Derby is only words: Derby\'s own levels, not the county\'s Level 2', () => {
    const r = threshold({ area: derby }, { levelsMentioned: ['notts-level-2'] });
    expect(r.headline).toBe(DERBY_LEVELS);
    expect(r.levels).toEqual([]);
  });

  it('two levels named: both, side by side, each with what to do, its contacts and at most two of its services', () => {
    const r = threshold({ area: westBridgford, ageYears: 9 }, { levelsMentioned: ['notts-level-2', 'notts-level-3'] });
    expect(r.headline).toBe('Level 2 (Early Help) and Level 3 (Targeted Early Help)');
    expect(r.levels.map(l => l.level.id)).toEqual(['notts-level-2', 'notts-level-3']);
    const [two, three] = [kb.level('notts-level-2')!, kb.level('notts-level-3')!];
    expect(r.steps.map(s => s.action)).toEqual([`At Level 2: ${two.whatToDo[0]}`, `At Level 3: ${three.whatToDo[0]}`]);
    expect(r.steps[1]).toMatchObject({ why: three.definition, citation: three.citation, details: three.whatToDo.slice(1) });
    expect(r.steps[1]!.contacts.map(c => c.contact.id)).toEqual(three.contacts);
    expect(r.alsoConsider).toHaveLength(4);
    expect(r.alsoConsider.map(f => f.reasons)).toEqual([['available at Level 2'], ['available at Level 2'], ['available at Level 3'], ['available at Level 3']]);
  });

  it('one level: up to four of its services, only those the child can use', () => {
    const r = threshold({ area: westBridgford, ageYears: 9 }, { levelsMentioned: ['notts-level-2'] });
    expect(r.alsoConsider).toHaveLength(4);
    // The Children's Centre Service is for under fives: not for a nine year old.
    expect(r.alsoConsider.map(f => f.service.id)).not.toContain('notts-childrens-centre-service');
    expect(threshold({ area: westBridgford, ageYears: 2 }, { levelsMentioned: ['notts-level-2'] }).alsoConsider.map(f => f.service.id)).toContain('notts-childrens-centre-service');
  });

  it('a description that matches a printed indicator well: the level it is printed at, in that authority\'s guidance', () => {
    const r = threshold({ area: westBridgford, ageYears: 14 }, { topics: { indicators: [weapon()] } });
    expect(r.headline).toBe("This reads as Level 3 (Targeted Early Help) in Nottinghamshire County's guidance.");
    expect(r.levels[0]?.level.id).toBe('notts-level-3');
    expect(r.levels[0]?.matched).toEqual([{ domain: 'Emotional & Behavioural Development', item: 'Carrying a weapon' }]);
    // Not asked for the signs: only what to do.
    expect(r.steps[0]?.details).toEqual(kb.level('notts-level-3')!.whatToDo.slice(1));
  });

  it('asked for the signs: the level\'s first two printed indicator lists, then what to do', () => {
    const r = threshold({ area: westBridgford, ageYears: 14 }, { topics: { indicators: [weapon()], asksForIndicators: true } });
    const details = r.steps[0]!.details;
    expect(details[0]).toMatch(/^Health: Some concerns around mental health; Has some chronic\/recurring health problems; .*\.$/);
    expect(details[1]).toMatch(/^Education & Learning: Short term exclusion or persistent truanting, poor school attendance; .*\.$/);
    expect(details.slice(2)).toEqual(kb.level('notts-level-3')!.whatToDo.slice(1));
  });

  it('levels named as choices ("level 2, 3 or 4?") are answered by the indicator the description matches, in whatever order they were named', () => {
    const r = threshold({ area: westBridgford, ageYears: 14 }, { levelsMentioned: ['notts-level-2', 'notts-level-3', 'notts-level-4'], topics: { indicators: [weapon()] } });
    expect(r.headline).toBe("This reads as Level 3 (Targeted Early Help) in Nottinghamshire County's guidance.");
    expect(threshold({ area: westBridgford, ageYears: 14 }, { levelsMentioned: ['notts-level-3', 'notts-level-2'], topics: { indicators: [weapon()] } }).headline)
      .toBe("This reads as Level 3 (Targeted Early Help) in Nottinghamshire County's guidance.");
  });

  it('three levels named with nothing to place them: all three named, the first two with what to do', () => {
    const r = threshold({ area: westBridgford, ageYears: 14 }, { levelsMentioned: ['notts-level-2', 'notts-level-3', 'notts-level-4'] });
    expect(r.levels.map(l => l.level.id)).toEqual(['notts-level-2', 'notts-level-3', 'notts-level-4']);
    expect(r.levels.every(l => l.matched.length === 0)).toBe(true);
    expect(r.steps.map(s => s.action.split(':')[0])).toEqual(['At Level 2', 'At Level 3']);
  });

  it('a description matching indicators at three levels: the best two, where the second has at least half the first\'s evidence', () => {
    const r = threshold({ area: westBridgford, ageYears: 14 }, { topics: { indicators: [
      weapon(9),
      indicator('notts-level-2', 'Undertaking occasional caring responsibilities', 4.5),
      indicator('notts-level-4', 'Injury and bruising in babies and children who are not independently mobile', 2),
    ] } });
    expect(r.levels.map(l => l.level.id)).toEqual(['notts-level-3', 'notts-level-2']);
    // Level 2's 4 against Level 3's 9: a stray indicator, not shown beside the answer.
    const weaker = threshold({ area: westBridgford, ageYears: 14 }, { topics: { indicators: [weapon(9), indicator('notts-level-2', 'Undertaking occasional caring responsibilities', 4)] } });
    expect(weaker.levels.map(l => l.level.id)).toEqual(['notts-level-3']);
  });

  it('one level named that the indicator places elsewhere: the indicator\'s level; that it agrees with: the level named', () => {
    expect(threshold({ area: westBridgford, ageYears: 14 }, { levelsMentioned: ['notts-level-2'], topics: { indicators: [weapon()] } }).headline)
      .toBe("This reads as Level 3 (Targeted Early Help) in Nottinghamshire County's guidance.");
    expect(threshold({ area: westBridgford, ageYears: 14 }, { levelsMentioned: ['notts-level-3'], topics: { indicators: [weapon()] } }).headline)
      .toBe('Level 3 (Targeted Early Help)');
  });

  it('indicator evidence under 8 does not overrule a level named; 8 does', () => {
    expect(threshold({ area: westBridgford, ageYears: 14 }, { levelsMentioned: ['notts-level-2'], topics: { indicators: [weapon(7.9)] } }).headline).toBe('Level 2 (Early Help)');
    expect(threshold({ area: westBridgford, ageYears: 14 }, { levelsMentioned: ['notts-level-2'], topics: { indicators: [weapon(8)] } }).headline).toMatch(/^This reads as Level 3/);
  });

  it('another authority\'s indicators are no evidence for this one\'s levels', () => {
    const cityIndicator = (() => {
      const level = kb.levels.find(l => l.authority === 'nottingham-city' && l.indicators.length)!;
      return { level: level.id, group: 0, item: 0, score: 20 };
    })();
    // The City's strong match does not add to a weak county one.
    expect(threshold({ area: westBridgford, ageYears: 14 }, { levelsMentioned: ['notts-level-2'], topics: { indicators: [cityIndicator, weapon(3)] } }).headline).toBe('Level 2 (Early Help)');
  });

  it('nothing described (one stray word in common): the authority\'s levels, with their source', () => {
    const r = threshold({ area: westBridgford, ageYears: 14 }, { topics: { indicators: [weapon(3)] } });
    expect(r.headline).toBe(COUNTY_LEVELS);
    expect(r.levels).toEqual([]);
    expect(r.steps).toEqual([]);
    expect(r.citations).toEqual([kb.level('notts-level-1')!.citation]);
  });

  it('a need described, even with little indicator evidence: placed by what there is', () => {
    expect(threshold({ area: westBridgford, ageYears: 14, concerns: ['offending'] }, { topics: { indicators: [weapon(3)] } }).headline)
      .toBe("This reads as Level 3 (Targeted Early Help) in Nottinghamshire County's guidance.");
  });

  it('a need described that no printed indicator matches: says so and asks for more', () => {
    const r = threshold({ area: westBridgford, ageYears: 14, concerns: ['offending'] });
    expect(r.headline).toBe('I could not match that description to the printed indicators; tell me more about the needs.');
    expect(r.missing).toEqual(['concern']);
  });

  it('asked for the levels themselves: each listed with its definition, even with a description that matches', () => {
    const r = threshold({ area: derby }, { listLevels: true, topics: { indicators: [weapon()] } });
    expect(r.headline).toBe(DERBY_LEVELS);
    expect(r.levels.map(l => l.level.id)).toEqual(['derby-low', 'derby-emerging', 'derby-complex', 'derby-child-protection']);
    expect(r.levels.every(l => l.matched.length === 0)).toBe(true);
    // Listed for their own sake: no one level's services or contacts.
    expect(r.steps).toEqual([]);
    expect(r.alsoConsider).toEqual([]);
    const named = threshold({ area: westBridgford }, { listLevels: true, levelsMentioned: ['notts-level-3'] });
    expect(named.headline).toBe('Level 3 (Targeted Early Help)');
  });

  it('a process named strongly beside the question is given, in the level\'s authority', () => {
    const r = threshold({}, { levelsMentioned: ['notts-level-2'], topics: { processes: [{ id: 'notts-ehaf', score: 7, named: true }] } });
    expect(r.processes.map(p => p.id)).toEqual(['notts-ehaf']);
    expect(threshold({}, { levelsMentioned: ['notts-level-2'], topics: { processes: [{ id: 'derby-vcm-referral', score: 9, named: true }] } }).processes).toEqual([]);
  });
});
