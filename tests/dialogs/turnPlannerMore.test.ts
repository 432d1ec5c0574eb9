// More of planTurn as a table (issue 16: "direct tests of planTurn as tables"): the stored memory, the
// message, and what the bot must do. Each expectation is written by hand from what a person must read
// (the texts in src/render/messages.ts are the bot's fixed sentences; numbers and hours from the printed
// sources in ../shared/sources), never taken from the planner's own output.
import { describe, expect, it } from 'vitest';
import { freshMemory, type CaseMemory } from '../../dialogs/caseMemory.js';
import { planTurn, type Reply, type TurnPlan } from '../../dialogs/turnPlanner.js';
import { emptyFacts, type CaseFacts } from '../../src/pathway/caseFacts.js';
import type { MissingFact } from '../../src/pathway/route.js';
import type { Question } from '../../src/pathway/question.js';
import { kb, understander } from '../understanding/understander.js';

const deps = { kb, understander };
/** A Wednesday, 10:00 in London: every front door is open. */
const inHours = new Date('2026-12-02T10:00:00Z');

const facts = (stated: Partial<CaseFacts>): CaseFacts => ({ ...emptyFacts(), ...stated });
const noTopics = { services: [], contacts: [], processes: [], indicators: [], worried: false, asksForIndicators: false };
const findService: Question = { kind: 'find-service', topics: noTopics, levelsMentioned: [] };
const rushcliffe = { authority: 'nottinghamshire', district: 'rushcliffe', place: 'Rushcliffe', asTyped: 'Rushcliffe', unknown: false };

const STORED = {
  nothing: freshMemory(),
  /** A 7-year-old with suspected ADHD in Rushcliffe, answered. */
  answered: {
    ...freshMemory(),
    facts: facts({ ageYears: 7, area: rushcliffe, concerns: ['adhd'], diagnoses: { adhd: 'suspected' } }),
    lastQuestion: findService,
    focus: { kind: 'service', id: 'small-steps-workshops' },
  } satisfies CaseMemory,
};

const shown = (r: Reply): string => (r.kind === 'route' ? `route:${r.route.kind}` : `text:${r.text}`);
function wordsOf(plan: TurnPlan): string {
  return plan.replies.map(r => r.kind === 'text' ? r.text : [
    ...r.prefix, r.route.headline, ...r.route.steps.flatMap(s => [s.action, ...s.contacts.map(c => `${c.contact.name} ${c.contact.phones.map(p => p.number).join(' ')}`)]),
    ...r.route.startHere.map(s => s.service.name), ...r.route.notes.filter(n => n.prominent).map(n => n.text),
  ].join('\n')).join('\n');
}

interface Case {
  name: string;
  stored: CaseMemory;
  message: string;
  answering?: MissingFact;
  attempts?: number;
  now?: Date;
  replies: (string | RegExp)[];
  ask?: MissingFact;
  reprompt?: boolean;
  choices?: string[];
  keeps?: Partial<CaseFacts>;
  says?: RegExp[];
  saysNot?: RegExp[];
}

const CASES: Case[] = [
  {
    name: '"hi" with nothing told yet is welcomed with what the bot covers, and keeps nothing',
    stored: STORED.nothing, message: 'hi',
    replies: [/^Hello\. I give referral guidance for children's services in Nottinghamshire, Nottingham City and Derby/],
    keeps: { concerns: [], ageYears: undefined, area: undefined },
  },
];

describe('planTurn, more cases', () => {
  it.each(CASES.map(c => [c.name, c] as const))('%s', (_name, c) => {
    const plan = planTurn(deps, structuredClone(c.stored), c.message, c.now ?? inHours, c.answering, c.attempts);
    const replies = plan.replies.map(shown);
    expect(replies).toHaveLength(c.replies.length);
    c.replies.forEach((want, i) => {
      if (typeof want === 'string') expect(replies[i]).toBe(want);
      else expect(replies[i]).toMatch(new RegExp(`^text:${want.source.replace(/^\^/, '')}`, want.flags));
    });
    expect(plan.ask).toBe(c.ask);
    expect(!!plan.reprompt).toBe(!!c.reprompt);
    if ('choices' in c) expect(plan.choices).toEqual(c.choices);
    for (const [key, value] of Object.entries(c.keeps ?? {})) expect(plan.memory.facts[key as keyof CaseFacts], key).toEqual(value);
    for (const pattern of c.says ?? []) expect(wordsOf(plan)).toMatch(pattern);
    for (const pattern of c.saysNot ?? []) expect(wordsOf(plan)).not.toMatch(pattern);
  });
});
