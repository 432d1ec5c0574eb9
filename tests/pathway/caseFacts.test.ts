// The case as the conversation builds it: a new message's facts on top of what was known. Stated values
// replace old ones (a correction or a what-if), lists grow, and a risk once raised is never dropped
// (safety rule 1). The cases are written out by hand.
import { describe, expect, it } from 'vitest';
import { CaseFacts, changedFacts, emptyFacts, mergeFacts } from '../../src/pathway/caseFacts.js';
import { emptyRoute } from '../../src/pathway/route.js';
import { noTopics, Question } from '../../src/pathway/question.js';

const rushcliffe = { authority: 'nottinghamshire', district: 'rushcliffe', asTyped: 'Rushcliffe', unknown: false };
const derby = { authority: 'derby', asTyped: 'Derby', unknown: false };
// Parsed inside each test, not on import, so a fault in the schema fails tests rather than loading none.
const knownCase = () => CaseFacts.parse({
  ageYears: 7, area: rushcliffe, concerns: ['adhd'], diagnoses: { adhd: 'suspected' }, consent: 'given', role: 'professional',
  risks: ['physical-abuse'], immediateDanger: true, safeguardingDenied: true, outOfHoursAsked: true,
  namedServices: ['kooth'], namedContacts: ['nottinghamshire-mash'],
});

describe('what a case can hold', () => {
  it.each([[-1, true], [0, true], [25, true], [-2, false], [26, false]])('an age of %i years: %s', (ageYears, valid) => {
    expect(CaseFacts.safeParse({ ageYears }).success).toBe(valid);
  });

  it.each([[0, true], [300, true], [-1, false], [301, false]])('an age of %i months: %s', (ageMonths, valid) => {
    expect(CaseFacts.safeParse({ ageMonths }).success).toBe(valid);
  });

  it.each(['professional', 'parent', 'young-person', 'member-of-public'])('a writer may be a %s', role => {
    expect(CaseFacts.parse({ role }).role).toBe(role);
  });

  it('no other writer, no other consent', () => {
    expect(CaseFacts.safeParse({ role: 'teacher' }).success).toBe(false);
    expect(CaseFacts.safeParse({ role: '' }).success).toBe(false);
    expect(CaseFacts.parse({ consent: 'given' }).consent).toBe('given');
    expect(CaseFacts.parse({ consent: 'refused' }).consent).toBe('refused');
    expect(CaseFacts.safeParse({ consent: 'maybe' }).success).toBe(false);
    expect(CaseFacts.safeParse({ consent: '' }).success).toBe(false);
  });

  it('a place is found unless said otherwise', () => {
    expect(CaseFacts.parse({ area: { asTyped: 'Derby', authority: 'derby' } }).area).toEqual({ asTyped: 'Derby', authority: 'derby', unknown: false });
  });
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
    expect(mergeFacts(knownCase(), {})).toEqual(knownCase());
  });

  it('a new age replaces the old, months and all', () => {
    const baby = mergeFacts(knownCase(), { ageYears: 1, ageMonths: 18 });
    expect([baby.ageYears, baby.ageMonths]).toEqual([1, 18]);
    const older = mergeFacts(baby, { ageYears: 9 });
    expect([older.ageYears, older.ageMonths]).toEqual([9, undefined]);
  });

  it('an age of 0 (a baby under one) is an age', () => {
    expect(mergeFacts(knownCase(), { ageYears: 0 }).ageYears).toBe(0);
  });

  it('a new area, consent or role replaces the old', () => {
    const merged = mergeFacts(knownCase(), { area: derby, consent: 'refused', role: 'parent' });
    expect([merged.area, merged.consent, merged.role]).toEqual([derby, 'refused', 'parent']);
  });

  it('concerns and risks grow, each once', () => {
    const merged = mergeFacts(knownCase(), { concerns: ['sleep', 'adhd'], risks: ['neglect', 'physical-abuse'] });
    expect(merged.concerns).toEqual(['adhd', 'sleep']);
    expect(merged.risks).toEqual(['physical-abuse', 'neglect']);
  });

  it('a diagnosis stated for one condition replaces that condition\'s only', () => {
    const withAutism = mergeFacts(knownCase(), { diagnoses: { autism: 'diagnosed' } });
    expect(withAutism.diagnoses).toEqual({ adhd: 'suspected', autism: 'diagnosed' });
    expect(mergeFacts(withAutism, { diagnoses: { adhd: 'none' } }).diagnoses).toEqual({ adhd: 'none', autism: 'diagnosed' });
  });

  it('immediate danger, a denial of concerns and a question about out of hours are never taken back', () => {
    const merged = mergeFacts(knownCase(), { immediateDanger: false, safeguardingDenied: false, outOfHoursAsked: false });
    expect([merged.immediateDanger, merged.safeguardingDenied, merged.outOfHoursAsked]).toEqual([true, true, true]);
  });

  it.each(['immediateDanger', 'safeguardingDenied', 'outOfHoursAsked'] as const)('%s is raised by a message that says so', flag => {
    expect(mergeFacts(emptyFacts(), { [flag]: true })[flag]).toBe(true);
    expect(mergeFacts(emptyFacts(), {})[flag]).toBe(false);
  });

  it('services and contacts named replace the ones named before; naming none keeps them', () => {
    const merged = mergeFacts(knownCase(), { namedServices: ['small-steps-cygnet'], namedContacts: ['derby-careline'] });
    expect([merged.namedServices, merged.namedContacts]).toEqual([['small-steps-cygnet'], ['derby-careline']]);
    const kept = mergeFacts(knownCase(), { namedServices: [], namedContacts: [] });
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
    expect(changedFacts(knownCase(), mergeFacts(knownCase(), stated))).toEqual(changed);
  });

  it('a case whose area was cleared (started over) changed its area', () => {
    expect(changedFacts(knownCase(), emptyFacts())).toEqual(['age', 'area', 'diagnosis', 'consent']);
  });

  it('an area first given is a change, and the same place typed again is not', () => {
    expect(changedFacts(emptyFacts(), mergeFacts(emptyFacts(), { area: derby }))).toEqual(['area']);
    expect(changedFacts(knownCase(), mergeFacts(knownCase(), { area: { ...rushcliffe } }))).toEqual([]);
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
