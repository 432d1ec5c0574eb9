// Eligibility edges from the sources: age limits at the boundaries, diagnosis rules and area exclusions.
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/loader.js';
import type { Service } from '../../src/knowledge/schema.js';
import { CaseFacts } from '../../src/pathway/caseFacts.js';
import { checkEligibility } from '../../src/pathway/eligibility.js';

const kb = loadKnowledgeBase();
const serviceNamed = (name: RegExp): Service => {
  const found = kb.services.find(s => name.test(s.name));
  if (!found) throw new Error(`no service named ${name}`);
  return found;
};
const child = (facts: Record<string, unknown>) => CaseFacts.parse(facts);
const rushcliffe = { authority: 'nottinghamshire', district: 'rushcliffe', place: 'West Bridgford', asTyped: 'West Bridgford' };
const worksop = { authority: 'nottinghamshire', district: 'bassetlaw', place: 'Worksop', asTyped: 'Worksop' };
const eligible = (service: Service, facts: CaseFacts) => checkEligibility(kb, service, facts).eligible;

describe('New Forest parenting programme (Small Steps): ages 3 to 11, ADHD or indicative behaviour', () => {
  const newForest = serviceNamed(/new forest/i);
  it.each([[2, false], [3, true], [11, true], [12, false]])('at %i eligible is %s', (age, expected) => {
    expect(eligible(newForest, child({ ageYears: age, area: rushcliffe, concerns: ['adhd'], diagnoses: { adhd: 'diagnosed' } }))).toBe(expected);
  });
});

describe('Cygnet (Small Steps): ages 5 to 18 with an autism diagnosis', () => {
  const cygnet = serviceNamed(/cygnet/i);
  it.each([[4, false], [5, true], [18, true]])('at %i with a diagnosis eligible is %s', (age, expected) => {
    expect(eligible(cygnet, child({ ageYears: age, area: rushcliffe, concerns: ['autism'], diagnoses: { autism: 'diagnosed' } }))).toBe(expected);
  });

  it('is ruled out without a diagnosis, saying a diagnosis is needed', () => {
    const result = checkEligibility(kb, cygnet, child({ ageYears: 8, area: rushcliffe, concerns: ['autism'], diagnoses: { autism: 'suspected' } }));
    expect(result.eligible).toBe(false);
    expect(result.failures.join(' ')).toMatch(/diagnos/i);
  });
});

describe('Small Steps does not cover Bassetlaw', () => {
  it.each(kb.services.filter(s => /small-steps/.test(s.id) && s.areas.excluded.length).map(s => [s.name, s]))('%s is ruled out in Worksop', (_name, service) => {
    const result = checkEligibility(kb, service as Service, child({ ageYears: 7, area: worksop, concerns: ['adhd'] }));
    expect(result.eligible).toBe(false);
    expect(result.failures.join(' ')).toMatch(/Bassetlaw/);
  });
});

describe('Kooth: ages 11 to 25', () => {
  const kooth = serviceNamed(/kooth/i);
  it.each([[10, false], [11, true], [25, true]])('at %i eligible is %s', (age, expected) => {
    expect(eligible(kooth, child({ ageYears: age, area: rushcliffe, concerns: ['mental-health'] }))).toBe(expected);
  });
});
