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

/**
 * Facts from a new message on top of the case so far. Stated values replace old ones (a what-if or a
 * correction); lists grow; risks and immediate danger are never dropped once raised (safety rule 1).
 */
export function mergeFacts(current: CaseFacts, stated: Partial<CaseFacts>): CaseFacts {
  const union = (a: readonly string[], b: readonly string[] | undefined) => [...new Set([...a, ...(b ?? [])])];
  return {
    ...current,
    ...(stated.ageYears !== undefined ? { ageYears: stated.ageYears, ageMonths: stated.ageMonths } : {}),
    ...(stated.area ? { area: stated.area } : {}),
    ...(stated.consent ? { consent: stated.consent } : {}),
    ...(stated.role ? { role: stated.role } : {}),
    concerns: union(current.concerns, stated.concerns),
    diagnoses: { ...current.diagnoses, ...(stated.diagnoses ?? {}) },
    risks: union(current.risks, stated.risks),
    immediateDanger: current.immediateDanger || !!stated.immediateDanger,
    safeguardingDenied: current.safeguardingDenied || !!stated.safeguardingDenied,
    outOfHoursAsked: current.outOfHoursAsked || !!stated.outOfHoursAsked,
    namedServices: stated.namedServices?.length ? stated.namedServices : current.namedServices,
    namedContacts: stated.namedContacts?.length ? stated.namedContacts : current.namedContacts,
  };
}

/** The facts that differ between two versions of a case, for "what changed" after a what-if. */
export function changedFacts(before: CaseFacts, after: CaseFacts): ('age' | 'area' | 'diagnosis' | 'consent')[] {
  const changed: ('age' | 'area' | 'diagnosis' | 'consent')[] = [];
  if (before.ageYears !== after.ageYears) changed.push('age');
  if (before.area?.asTyped !== after.area?.asTyped) changed.push('area');
  if (JSON.stringify(before.diagnoses) !== JSON.stringify(after.diagnoses)) changed.push('diagnosis');
  if (before.consent !== after.consent) changed.push('consent');
  return changed;
}
