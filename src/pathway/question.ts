// What the user asked, as the pathway engine needs it. Built by the dialogs from an Understanding and
// kept in conversation state (so "why?" and "what if?" re-run it), hence a schema.
import { z } from 'zod';

export const QuestionKind = z.enum([
  'find-service', 'eligibility', 'service-info', 'contact-lookup', 'threshold', 'process', 'safeguarding', 'records-check',
]);
export type QuestionKind = z.infer<typeof QuestionKind>;

export const Question = z.object({
  kind: QuestionKind,
  /** The words of the question, for ranking entries by relevance. */
  text: z.string(),
  levelsMentioned: z.array(z.string()).default([]),
  /** The user asked about out of hours ("and out of hours?", "after 5pm"). */
  outOfHours: z.boolean().optional(),
  /** The user asked about office hours ("and in office hours?"). */
  inHours: z.boolean().optional(),
  /** The user wants to refer themselves or sign up directly. */
  selfReferral: z.boolean().optional(),
  /** A harm cue below the risk threshold, or harm in the past: the answer keeps a one-line safeguarding reminder. */
  safeguardingReminder: z.boolean().optional(),
});
export type Question = z.infer<typeof Question>;
