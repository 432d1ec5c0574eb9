// Stored conversation memory for planTurn's tables (tests/dialogs): the states a conversation is in when a
// message arrives, written out so each table reads as transcript state, shared by both tables.
import { freshMemory, type CaseMemory } from '../../dialogs/caseMemory.js';
import { emptyFacts, type CaseFacts } from '../../src/pathway/caseFacts.js';
import type { Question } from '../../src/pathway/question.js';

export const rushcliffe = { authority: 'nottinghamshire', district: 'rushcliffe', place: 'Rushcliffe', asTyped: 'Rushcliffe', unknown: false };
export const findService: Question = { kind: 'find-service', topics: { services: [], contacts: [], processes: [], indicators: [], worried: false, asksForIndicators: false }, levelsMentioned: [] };
export const facts = (stated: Partial<CaseFacts>): CaseFacts => ({ ...emptyFacts(), ...stated });

/** "I need help for a child with ADHD in Rushcliffe": the bot has asked how old the child is. */
export const askedForAge = { ...freshMemory(), facts: facts({ area: rushcliffe, concerns: ['adhd'] }), lastQuestion: findService, asked: ['age'] } satisfies CaseMemory;

/** A 7-year-old with suspected ADHD in Rushcliffe, answered with Small Steps services. */
export const answered = {
  ...freshMemory(),
  facts: facts({ ageYears: 7, area: rushcliffe, concerns: ['adhd'], diagnoses: { adhd: 'suspected' } }),
  lastQuestion: findService,
  focus: { kind: 'service', id: 'small-steps-workshops' },
} satisfies CaseMemory;
