// The case as the conversation builds it: a new message's facts on top of what was known. Stated values
// replace old ones (a correction or a what-if), lists grow, and a risk once raised is never dropped
// (safety rule 1). The cases are written out by hand.
import { describe, expect, it } from 'vitest';
import { CaseFacts, changedFacts, emptyFacts, mergeFacts } from '../../src/pathway/caseFacts.js';
import { emptyRoute } from '../../src/pathway/route.js';
import { noTopics, Question } from '../../src/pathway/question.js';

const rushcliffe = { authority: 'nottinghamshire', district: 'rushcliffe', asTyped: 'Rushcliffe', unknown: false };
const derby = { authority: 'derby', asTyped: 'Derby', unknown: false };
const known = CaseFacts.parse({
  ageYears: 7, area: rushcliffe, concerns: ['adhd'], diagnoses: { adhd: 'suspected' }, consent: 'given', role: 'professional',
  risks: ['physical-abuse'], immediateDanger: true, safeguardingDenied: true, outOfHoursAsked: true,
  namedServices: ['kooth'], namedContacts: ['nottinghamshire-mash'],
});

describe('an empty case', () => {
  it('knows nothing, with every list empty and every flag down', () => {
    expect(emptyFacts()).toEqual({
      concerns: [], diagnoses: {}, risks: [], immediateDanger: false, safeguardingDenied: false, outOfHoursAsked: false,
      namedServices: [], namedContacts: [],
    });
  });
});

describe('a message\'s facts on top of the case', () => {
  it('a message that states nothing changes nothing', () => {
    expect(mergeFacts(known, {})).toEqual(known);
  });

  it('a new age replaces the old, months and all', () => {
    const baby = mergeFacts(known, { ageYears: 1, ageMonths: 18 });
    expect([baby.ageYears, baby.ageMonths]).toEqual([1, 18]);
    const older = mergeFacts(baby, { ageYears: 9 });
    expect([older.ageYears, older.ageMonths]).toEqual([9, undefined]);
  });

  it('an age of 0 (a baby under one) is an age', () => {
    expect(mergeFacts(known, { ageYears: 0 }).ageYears).toBe(0);
  });

  it('a new area, consent or role replaces the old', () => {
    const merged = mergeFacts(known, { area: derby, consent: 'refused', role: 'parent' });
    expect([merged.area, merged.consent, merged.role]).toEqual([derby, 'refused', 'parent']);
  });

  it('concerns and risks grow, each once', () => {
    const merged = mergeFacts(known, { concerns: ['sleep', 'adhd'], risks: ['neglect', 'physical-abuse'] });
    expect(merged.concerns).toEqual(['adhd', 'sleep']);
    expect(merged.risks).toEqual(['physical-abuse', 'neglect']);
  });

  it('a diagnosis stated for one condition replaces that condition\'s only', () => {
    const withAutism = mergeFacts(known, { diagnoses: { autism: 'diagnosed' } });
    expect(withAutism.diagnoses).toEqual({ adhd: 'suspected', autism: 'diagnosed' });
    expect(mergeFacts(withAutism, { diagnoses: { adhd: 'none' } }).diagnoses).toEqual({ adhd: 'none', autism: 'diagnosed' });
  });

  it('immediate danger, a denial of concerns and a question about out of hours are never taken back', () => {
    const merged = mergeFacts(known, { immediateDanger: false, safeguardingDenied: false, outOfHoursAsked: false });
    expect([merged.immediateDanger, merged.safeguardingDenied, merged.outOfHoursAsked]).toEqual([true, true, true]);
  });

  it.each(['immediateDanger', 'safeguardingDenied', 'outOfHoursAsked'] as const)('%s is raised by a message that says so', flag => {
    expect(mergeFacts(emptyFacts(), { [flag]: true })[flag]).toBe(true);
    expect(mergeFacts(emptyFacts(), {})[flag]).toBe(false);
  });

  it('services and contacts named replace the ones named before; naming none keeps them', () => {
    const merged = mergeFacts(known, { namedServices: ['small-steps-cygnet'], namedContacts: ['derby-careline'] });
    expect([merged.namedServices, merged.namedContacts]).toEqual([['small-steps-cygnet'], ['derby-careline']]);
    const kept = mergeFacts(known, { namedServices: [], namedContacts: [] });
    expect([kept.namedServices, kept.namedContacts]).toEqual([['kooth'], ['nottinghamshire-mash']]);
  });
});

describe('what changed between two versions of a case', () => {
  it.each([
    [{ ageYears: 12 }, ['age']],
    [{ area: derby }, ['area']],
    [{ diagnoses: { adhd: 'diagnosed' } }, ['diagnosis']],
    [{ consent: 'refused' }, ['consent']],
    [{ ageYears: 12, area: derby, diagnoses: { autism: 'none' }, consent: 'refused' }, ['age', 'area', 'diagnosis', 'consent']],
    [{ concerns: ['sleep'], risks: ['neglect'], namedServices: ['kooth'] }, []],
  ] as [Partial<CaseFacts>, string[]][])('%j: %j', (stated, changed) => {
    expect(changedFacts(known, mergeFacts(known, stated))).toEqual(changed);
  });

  it('an area first given is a change, and the same place typed again is not', () => {
    expect(changedFacts(emptyFacts(), mergeFacts(emptyFacts(), { area: derby }))).toEqual(['area']);
    expect(changedFacts(known, mergeFacts(known, { area: { ...rushcliffe } }))).toEqual([]);
  });
});

describe('an empty route and question', () => {
  it('a route starts with its kind and headline and nothing else', () => {
    expect(emptyRoute('services', 'Where to refer')).toEqual({
      kind: 'services', headline: 'Where to refer', steps: [], startHere: [], alsoConsider: [], ruledOut: [], levels: [], processes: [],
      notes: [], missing: [], citations: [], candidates: [],
    });
  });

  it('a question needs only its kind; what it is about starts empty', () => {
    expect(Question.parse({ kind: 'find-service' })).toEqual({ kind: 'find-service', topics: noTopics(), levelsMentioned: [] });
    expect(noTopics()).toEqual({ services: [], contacts: [], processes: [], indicators: [], worried: false, asksForIndicators: false });
  });

  it.each(['find-service', 'eligibility', 'service-info', 'contact-lookup', 'threshold', 'process', 'safeguarding', 'records-check'])(
    'a question may be of kind %s', kind => {
      expect(Question.safeParse({ kind }).success).toBe(true);
    });

  it('no other kind, and no topic without an id and a score', () => {
    expect(Question.safeParse({ kind: 'greeting' }).success).toBe(false);
    expect(Question.safeParse({ kind: 'process', topics: { services: [{ id: 'kooth' }] } }).success).toBe(false);
    expect(Question.safeParse({ kind: 'threshold', topics: { indicators: [{ level: 'notts-level-2', group: 0.5, item: 0, score: 1 }] } }).success).toBe(false);
  });
});
