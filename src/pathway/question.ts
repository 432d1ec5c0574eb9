// What the user asked, as the pathway engine needs it. Built by the dialogs from an Understanding and
// kept in conversation state (so "why?" and "what if?" re-run it), hence a schema.
import { z } from 'zod';
import { MISSING_FACTS } from './route.js';

export const QuestionKind = z.enum([
  'find-service', 'eligibility', 'service-info', 'contact-lookup', 'threshold', 'process', 'safeguarding', 'records-check',
]);
export type QuestionKind = z.infer<typeof QuestionKind>;

/** A knowledge entry a message is about, and how strongly its words point there (BM25 in src/understanding). */
export const ScoredEntry = z.object({
  id: z.string(),
  score: z.number(),
  /** The message uses one of the entry's own names or aliases ("step down", "EHAF"), not just shared words. */
  named: z.boolean().optional(),
});
export type ScoredEntry = z.infer<typeof ScoredEntry>;

/** A printed indicator of a level of need that the message describes: the level, its indicator group and item by position. */
export const IndicatorMatch = z.object({ level: z.string(), group: z.number().int(), item: z.number().int(), score: z.number() });
export type IndicatorMatch = z.infer<typeof IndicatorMatch>;

/**
 * A printed line of a level of need that a question about the guidance asks for: its definition (group -1)
 * or an indicator; `covers` numbers the question's words it shares, so lines that answer different parts of
 * a question ("what level is X, and what level is Y?") are each quoted.
 */
export interface GuidanceLine { level: string; group: number; item: number; score: number; covers: number[] }

/**
 * What a message is about, as facts: the entries its words match, each scored, and two readings of its
 * wording. Produced by src/understanding from the user's words; the pathway never reads the words.
 */
export const Topics = z.object({
  services: z.array(ScoredEntry).default([]),
  contacts: z.array(ScoredEntry).default([]),
  processes: z.array(ScoredEntry).default([]),
  indicators: z.array(IndicatorMatch).default([]),
  /** A worry about a child ("worried", "concerned", "at risk"): with no area, every front door. */
  worried: z.boolean().default(false),
  /** Asks for the printed signs or indicators themselves, not just the level's name. */
  asksForIndicators: z.boolean().default(false),
});
export type Topics = z.infer<typeof Topics>;

export const noTopics = (): Topics => Topics.parse({});

export const Question = z.object({
  kind: QuestionKind,
  /** What the question is about (never its words: state keeps facts, not messages). */
  topics: Topics.default(noTopics()),
  levelsMentioned: z.array(z.string()).default([]),
  /** The user asked about out of hours ("and out of hours?", "after 5pm"). */
  outOfHours: z.boolean().optional(),
  /** The user asked about office hours ("and in office hours?"). */
  inHours: z.boolean().optional(),
  /** The user wants to refer themselves or sign up directly. */
  selfReferral: z.boolean().optional(),
  /** About children in general, not one child: answered with what it gives, asking only for the area. */
  general: z.boolean().optional(),
  /** Asks for the levels of need themselves: each is listed with its definition. */
  listLevels: z.boolean().optional(),
  /** A harm cue below the risk threshold, or harm in the past: the answer keeps a one-line safeguarding reminder. */
  safeguardingReminder: z.boolean().optional(),
  /** Kinds of harm a message may describe, read in doubt (risk signal ids): their routes go beside the front door. */
  possibleRisks: z.array(z.string()).optional(),
  /** Facts asked for and not given: services that turn on them come after those that do not. */
  notGiven: z.array(z.enum(MISSING_FACTS)).optional(),
});
export type Question = z.infer<typeof Question>;
