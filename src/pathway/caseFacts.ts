// What the conversation knows about the case. Understanding produces these from text; the pathway
// engine decides from them; conversation state stores them (parsed again when read back).
import { z } from 'zod';
import { DiagnosisStatus } from '../knowledge/schema.js';

export const AreaRef = z.object({
  authority: z.string().optional().describe('authority id; unknown when the place is outside the gazetteer'),
  district: z.string().optional(),
  place: z.string().optional().describe('the place as the gazetteer names it'),
  asTyped: z.string().describe('what the user wrote'),
  unknown: z.boolean().default(false).describe('a place we could not find: ask, do not guess'),
});
export type AreaRef = z.infer<typeof AreaRef>;

export const Role = z.enum(['professional', 'parent', 'young-person', 'member-of-public']);
export type Role = z.infer<typeof Role>;

export const CaseFacts = z.object({
  /** Age in whole years; 0 for babies under one; -1 for an unborn baby. */
  ageYears: z.number().min(-1).max(25).optional(),
  ageMonths: z.number().min(0).max(300).optional().describe('set when the age was given in months'),
  area: AreaRef.optional(),
  concerns: z.array(z.string()).default([]),
  /** Per condition (a concern id such as "adhd" or "autism"). */
  diagnoses: z.record(z.string(), DiagnosisStatus).default({}),
  consent: z.enum(['given', 'refused']).optional(),
  role: Role.optional(),
  /** Risk signal ids found in any message of this case; never cleared by a later message. */
  risks: z.array(z.string()).default([]),
  immediateDanger: z.boolean().default(false),
  /** The user said there are no safeguarding concerns. A risk signal still wins. */
  safeguardingDenied: z.boolean().default(false),
  outOfHoursAsked: z.boolean().default(false),
  /** Services or contacts the user named, by id. */
  namedServices: z.array(z.string()).default([]),
  namedContacts: z.array(z.string()).default([]),
});
export type CaseFacts = z.infer<typeof CaseFacts>;

export const emptyFacts = (): CaseFacts => CaseFacts.parse({});
