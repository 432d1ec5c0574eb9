// What a conversation remembers between turns: the case facts, the last question (to re-decide for
// "why?" and "what if?"), the focus (what the last answer was about), which facts were already asked
// for, and when it was last used. It expires after 30 minutes idle so one person's case never leaks into someone else's later chat.
import { z } from 'zod';
import { CaseFacts, emptyFacts } from '../src/pathway/caseFacts.js';
import { ATTRIBUTES, Focus } from '../src/pathway/focus.js';
import { Question } from '../src/pathway/question.js';

export const IDLE_EXPIRY_MS = 30 * 60 * 1000;

export const CaseMemory = z.object({
  facts: CaseFacts,
  lastQuestion: Question.optional(),
  /** What the last answer was about (ids only), for "how long does it run?" and "what's their email?". */
  focus: Focus.optional(),
  /** The attributes the last answer gave ("how long until a worker is allocated?"), for "and the first TAF meeting?". */
  lastAttributes: z.array(z.enum(ATTRIBUTES)).optional(),
  asked: z.array(z.enum(['area', 'age', 'concern', 'diagnosis', 'consent'])).default([]),
  warnedPersonalData: z.boolean().default(false),
  lastTurnAt: z.string().optional(),
});
export type CaseMemory = z.infer<typeof CaseMemory>;

export const freshMemory = (): CaseMemory => ({ facts: emptyFacts(), asked: [], warnedPersonalData: false });

/** Parse what storage gave back; anything unreadable or stale starts a fresh case rather than failing the turn. */
export function recallMemory(stored: unknown, now: Date): CaseMemory {
  const parsed = CaseMemory.safeParse(stored);
  if (!parsed.success) return freshMemory();
  const last = parsed.data.lastTurnAt ? Date.parse(parsed.data.lastTurnAt) : NaN;
  if (Number.isFinite(last) && now.getTime() - last > IDLE_EXPIRY_MS) return freshMemory();
  return parsed.data;
}
