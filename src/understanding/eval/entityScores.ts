// Entity accuracy per kind (age, area, concerns, risks, diagnoses) over the tricky-string table, for
// any extractor that can say what it found. Kinds an extractor does not attempt are left unscored.
import type { EntityCase } from './entityCases.js';

export type EntityKind = 'age' | 'area' | 'concerns' | 'risks' | 'diagnoses' | 'consent' | 'timing' | 'why-not' | 'personal-data';
export const ENTITY_KINDS: readonly EntityKind[] = ['age', 'area', 'concerns', 'risks', 'diagnoses', 'consent', 'timing', 'why-not', 'personal-data'];

/** What an extractor found, in the table's terms. `undefined` for a kind it does not attempt. */
export interface FoundEntities {
  ageYears?: number;
  ageRejected?: boolean;
  authority?: string;
  concerns?: readonly string[];
  risks?: readonly string[];
  diagnoses?: Record<string, string>;
  consent?: string;
  safeguardingDenied?: boolean;
  outOfHours?: boolean;
  whyNot?: readonly string[];
  personalData?: readonly string[];
}

export interface EntityKindScore { kind: EntityKind; correct: number; total: number; misses: string[] }

function judge(kind: EntityKind, expected: EntityCase, found: FoundEntities): boolean | undefined {
  switch (kind) {
    case 'age':
      if (expected.ageRejected) return !!found.ageRejected;
      return expected.ageYears === undefined ? undefined : found.ageYears === expected.ageYears;
    case 'area': return expected.authority === undefined ? undefined : found.authority === expected.authority;
    // Concerns: the expected ones are found (others may be found too: "anxious" also reads as mental health).
    case 'concerns': return expected.concerns === undefined || !found.concerns ? undefined : expected.concerns.every(c => found.concerns!.includes(c));
    // Risks: every expected signal raised; none at all where the only risk words are negated. "No
    // safeguarding concerns" is scored with them: both decide whether the safeguarding route opens.
    case 'risks': return expected.risks === undefined || !found.risks ? undefined
      : (expected.risks.length ? expected.risks.every(r => found.risks!.includes(r)) : found.risks.length === 0)
        && (expected.safeguardingDenied === undefined || found.safeguardingDenied === expected.safeguardingDenied);
    case 'consent': return expected.consent === undefined || !('consent' in found) ? undefined : found.consent === expected.consent;
    case 'timing': return expected.outOfHours === undefined || found.outOfHours === undefined ? undefined : found.outOfHours === expected.outOfHours;
    case 'why-not': return expected.whyNot === undefined || !found.whyNot ? undefined : expected.whyNot.every(id => found.whyNot!.includes(id));
    case 'personal-data': return expected.personalData === undefined || !found.personalData ? undefined
      : expected.personalData.every(kind => found.personalData!.includes(kind));
    case 'diagnoses': return expected.diagnoses === undefined || !found.diagnoses ? undefined
      : Object.entries(expected.diagnoses).every(([condition, status]) => found.diagnoses![condition] === status);
  }
}

export function scoreEntities(cases: readonly EntityCase[], extract: (c: EntityCase) => FoundEntities): EntityKindScore[] {
  const scores = ENTITY_KINDS.map(kind => ({ kind, correct: 0, total: 0, misses: [] as string[] }));
  for (const c of cases) {
    const found = extract(c);
    for (const score of scores) {
      const verdict = judge(score.kind, c, found);
      if (verdict === undefined) continue;
      score.total++;
      if (verdict) score.correct++; else score.misses.push(c.text);
    }
  }
  return scores;
}
