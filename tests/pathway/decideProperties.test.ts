// Properties that hold for every case, checked over thousands of generated ones: safety first,
// only eligible services recommended (judged by criteria written from the sources, not by the
// eligibility code decide itself uses), and the same case always gets the same answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseFacts } from '../../src/pathway/caseFacts.js';
import { decide } from '../../src/pathway/decide.js';
import { noTopics, type QuestionKind } from '../../src/pathway/question.js';
import { kb } from '../support/knowledge.js';
import { PRINTED_CRITERIA, printedVerdict } from '../support/printedCriteria.js';

const areas = [
  ...kb.districts.map(d => ({ authority: d.authority, district: d.id, asTyped: d.name })),
  ...kb.authorities.map(a => ({ authority: a.id, asTyped: a.name })),
  { asTyped: 'Birmingham', unknown: true },
];
const kinds: QuestionKind[] = ['find-service', 'eligibility', 'service-info', 'contact-lookup', 'threshold', 'process'];

const facts = fc.record({
  ageYears: fc.option(fc.integer({ min: -1, max: 25 }), { nil: undefined }),
  area: fc.option(fc.constantFrom(...areas), { nil: undefined }),
  concerns: fc.subarray(kb.concerns.map(c => c.id), { maxLength: 3 }),
  diagnoses: fc.dictionary(fc.constantFrom('adhd', 'autism'), fc.constantFrom('diagnosed', 'suspected', 'awaiting-assessment', 'none')),
  risks: fc.subarray(kb.riskSignals.map(r => r.id), { maxLength: 2 }),
  immediateDanger: fc.boolean(),
}).map(f => CaseFacts.parse(f));
/** Cases about the needs the hand-written table's services meet, so that they are often recommended. */
const tableFacts = fc.record({
  ageYears: fc.option(fc.integer({ min: -1, max: 25 }), { nil: undefined }),
  area: fc.option(fc.constantFrom(...areas), { nil: undefined }),
  concerns: fc.subarray(['adhd', 'autism', 'behaviour', 'sleep', 'anxiety', 'mental-health', 'offending', 'suicide'], { minLength: 1, maxLength: 3 }),
  diagnoses: fc.dictionary(fc.constantFrom('adhd', 'autism'), fc.constantFrom('diagnosed', 'suspected', 'awaiting-assessment', 'none')),
  consent: fc.option(fc.constantFrom('given', 'refused'), { nil: undefined }),
}).map(f => CaseFacts.parse(f));
const moment = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-31T23:59:59Z'), noInvalidDate: true });
// What a question may be about: any few services, contacts and processes, matched weakly or strongly.
const scored = (ids: string[]) => fc.subarray(ids, { maxLength: 3 }).chain(picked => fc.tuple(...picked.map(id => fc.double({ min: 0.5, max: 12, noNaN: true }).map(score => ({ id, score })))));
const topics = fc.record({
  services: scored(kb.services.map(s => s.id)),
  contacts: scored(kb.contacts.map(c => c.id)),
  processes: scored(kb.processes.map(p => p.id)),
  worried: fc.boolean(),
}).map(t => ({ ...noTopics(), ...t }));
const question = fc.record({ kind: fc.constantFrom(...kinds), topics, levelsMentioned: fc.constant<string[]>([]) });

describe('decide', () => {
  it('puts 999 and a front door first whenever there is a risk, in the guide\'s area', () => {
    fc.assert(fc.property(facts, moment, question, (f, now, q) => {
      // Outside the three authorities (a neighbour, elsewhere in England) the route is that council's, with 999.
      fc.pre((f.risks.length > 0 || f.immediateDanger) && !f.area?.unknown && !['neighbour', 'elsewhere'].includes(kb.authority(f.area?.authority ?? '')?.kind ?? ''));
      const route = decide(f, kb, now, q);
      expect(route.kind).toBe('safeguarding');
      expect(route.steps[0]?.action).toMatch(/999/);
      expect(route.steps[1]?.contacts.length).toBeGreaterThan(0);
    }), { numRuns: 400 });
  });

  it('never recommends a service the printed criteria rule the child out of', () => {
    const printed = new Map(PRINTED_CRITERIA.map(row => [row.service, row]));
    let checked = 0;
    fc.assert(fc.property(tableFacts, moment, question, (f, now, q) => {
      const calm = { ...f, risks: [], immediateDanger: false };
      for (const fit of decide(calm, kb, now, q).startHere) {
        const row = printed.get(fit.service.id);
        if (!row) continue;
        checked++;
        expect(printedVerdict(row, calm), `${fit.service.id} for ${JSON.stringify(calm)}`).not.toBe('ruled-out');
      }
    }), { numRuns: 400 });
    // The property said something: services from the table were recommended and judged.
    expect(checked).toBeGreaterThan(10);
  });

  it('never recommends a service outside the child\'s age range as printed', () => {
    const printedAges = new Map(PRINTED_CRITERIA.map(row => [row.service, row.ages]));
    fc.assert(fc.property(facts.filter(f => f.ageYears !== undefined), moment, question, (f, now, q) => {
      for (const fit of decide({ ...f, risks: [], immediateDanger: false }, kb, now, q).startHere) {
        const ages = printedAges.get(fit.service.id);
        if (ages) expect(f.ageYears!).toBeGreaterThanOrEqual(ages.min);
        if (ages) expect(f.ageYears!).toBeLessThanOrEqual(ages.max);
      }
    }), { numRuns: 300 });
  });

  it('gives the same route for the same case, knowledge and moment', () => {
    fc.assert(fc.property(facts, moment, question, (f, now, q) => {
      expect(JSON.stringify(decide(f, kb, now, q))).toBe(JSON.stringify(decide(f, kb, now, q)));
    }), { numRuns: 200 });
  });
});
