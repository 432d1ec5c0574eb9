// Properties that hold for every case, checked over thousands of generated ones: safety first,
// only eligible services recommended, and the same case always gets the same answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/loader.js';
import { CaseFacts } from '../../src/pathway/caseFacts.js';
import { decide } from '../../src/pathway/decide.js';
import { checkEligibility } from '../../src/pathway/eligibility.js';
import { noTopics, type QuestionKind } from '../../src/pathway/question.js';

const kb = loadKnowledgeBase();
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

  it('recommends only services whose criteria the case meets', () => {
    fc.assert(fc.property(facts, moment, question, (f, now, q) => {
      const route = decide({ ...f, risks: [], immediateDanger: false }, kb, now, q);
      for (const fit of route.startHere) {
        expect(checkEligibility(kb, fit.service, { ...f, risks: [], immediateDanger: false }).failures).toEqual([]);
      }
    }), { numRuns: 400 });
  });

  it('gives the same route for the same case, knowledge and moment', () => {
    fc.assert(fc.property(facts, moment, question, (f, now, q) => {
      expect(JSON.stringify(decide(f, kb, now, q))).toBe(JSON.stringify(decide(f, kb, now, q)));
    }), { numRuns: 200 });
  });
});
