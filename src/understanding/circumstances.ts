// The case's circumstances beyond the child: consent, who is asking, when (out of hours, urgent), and
// an explicit "no safeguarding concerns". The words are data (knowledge/circumstances.yaml); this holds how they combine.
import { join } from 'node:path';
import { z } from 'zod';
import { defaultKnowledgeDir } from '../knowledge/loader.js';
import { Role } from '../pathway/caseFacts.js';
import type { MissingFact } from '../pathway/route.js';
import { alternatives, CueList, cuePattern, readCueFile } from './cues.js';
import { normalise } from './text.js';

/** Most specific first: "my son's teacher thinks..." is a parent speaking. */
const ROLES: Role[] = ['young-person', 'parent', 'professional', 'member-of-public'];

const Circumstances = z.object({
  consent: z.object({
    refused: CueList, consenters: CueList, consenterRefuses: CueList, refusing: CueList, offers: CueList, given: CueList,
    consentWords: CueList, asking: CueList, askingWithQuestionMark: CueList, answerNo: CueList, answerYes: CueList,
  }).strict(),
  roles: z.record(Role, CueList),
  timing: z.object({ outOfHours: CueList, inHours: CueList, urgent: CueList }).strict(),
  safeguardingDenied: z.object({ denials: CueList, qualifiers: CueList, subjects: CueList, phrases: CueList }).strict(),
  selfReferral: CueList,
}).strict();

interface CircumstanceCues {
  refused: RegExp[]; asksAboutConsent: RegExp; asksAboutConsentWithMark: RegExp; given: RegExp; answerNo: RegExp; answerYes: RegExp;
  roles: [Role, RegExp][]; writersRole: RegExp; outOfHours: RegExp; inHours: RegExp; urgent: RegExp; deniesSafeguarding: RegExp; deniesSafeguardingEverywhere: RegExp; selfReferral: RegExp;
}

export function readCircumstanceCues(file = join(defaultKnowledgeDir(), 'circumstances.yaml')): CircumstanceCues {
  const { consent, roles, timing, safeguardingDenied, selfReferral } = readCueFile(file, Circumstances);
  const consentWord = `\\b${alternatives(consent.consentWords)}`;
  const denial = `\\b${alternatives(safeguardingDenied.denials)} (?:${alternatives(safeguardingDenied.qualifiers)} )?${alternatives(safeguardingDenied.subjects)}\\b`
    + `|${cuePattern(safeguardingDenied.phrases).source}`;
  return {
    refused: [
      cuePattern(consent.refused),
      new RegExp(`\\b${alternatives(consent.consenters)}\\b[^.?]{0,25}\\b${alternatives(consent.consenterRefuses)}\\b`),
      new RegExp(`\\b${alternatives(consent.refusing)}\\b[^.?]{0,15}\\b${alternatives(consent.offers)}\\b`),
    ],
    asksAboutConsent: new RegExp(`\\b${alternatives(consent.asking)}\\b[^.?]{0,25}${consentWord}`),
    asksAboutConsentWithMark: new RegExp(`\\b${alternatives(consent.askingWithQuestionMark)}\\b[^.?]{0,25}${consentWord}`),
    given: cuePattern(consent.given),
    answerNo: new RegExp(`^\\s*${alternatives(consent.answerNo)}\\b`),
    answerYes: new RegExp(`^\\s*${alternatives(consent.answerYes)}\\b`),
    roles: ROLES.map(role => [role, cuePattern(roles[role])]),
    // "Family support worker, Carlton." or "I'm a health visitor": the writer's own job, at the start of the
    // message or after "I'm a", "as a"; it names who writes, not a service asked about.
    writersRole: new RegExp(`^(?:[a-z']+ ){0,2}?${alternatives(roles.professional ?? [])}(?=\\s*(?:[,.:;-]|here\\b|in\\b|at\\b|from\\b|for\\b))`
      + `|\\b(?:i'?m|i am|as|i work as|we'?re) (?:a|an|the|his|her|their|one of the) ${alternatives(roles.professional ?? [])}\\b`, 'g'),
    outOfHours: cuePattern(timing.outOfHours),
    inHours: cuePattern(timing.inHours),
    urgent: cuePattern(timing.urgent),
    deniesSafeguarding: new RegExp(denial),
    deniesSafeguardingEverywhere: new RegExp(denial, 'g'),
    selfReferral: cuePattern(selfReferral),
  };
}

let shared: CircumstanceCues | undefined;
/** The cues over the default knowledge folder, read once. */
const cues = (): CircumstanceCues => (shared ??= readCircumstanceCues());

export function findConsent(original: string, expecting?: MissingFact): 'given' | 'refused' | undefined {
  const text = normalise(original);
  const cue = cues();
  if (cue.refused.some(refusal => refusal.test(text))) return 'refused';
  // A question about consent ("do I need consent?") states nothing.
  if (cue.asksAboutConsent.test(text)) return undefined;
  if (/\?/.test(text) && cue.asksAboutConsentWithMark.test(text)) return undefined;
  if (cue.given.test(text)) return 'given';
  if (expecting === 'consent') {
    if (cue.answerNo.test(text)) return 'refused';
    if (cue.answerYes.test(text)) return 'given';
  }
  return undefined;
}

/** The message with the writer's own job masked, so "family support worker" describing the writer names no service. */
export const withoutWritersRole = (normalised: string): string => normalised.replace(cues().writersRole, match => ' '.repeat(match.length));

export const findRole = (original: string): Role | undefined => cues().roles.find(([, cue]) => cue.test(normalise(original)))?.[0];

export interface Timing { outOfHours?: boolean; inHours?: boolean; urgent?: boolean }

export function findTiming(original: string): Timing {
  const text = normalise(original);
  const timing: Timing = {};
  const cue = cues();
  if (cue.outOfHours.test(text)) timing.outOfHours = true;
  if (cue.inHours.test(text) && !timing.outOfHours) timing.inHours = true;
  if (cue.urgent.test(text)) timing.urgent = true;
  return timing;
}

/** "No safeguarding concerns", "not at risk", "no risk to the child". */
export const deniesSafeguarding = (original: string): boolean => cues().deniesSafeguarding.test(normalise(original));

/** The message with its denials of harm masked: "no safeguarding concerns" is no evidence for the printed indicators that speak of safeguarding. */
export const withoutSafeguardingDenials = (original: string): string =>
  normalise(original).replace(cues().deniesSafeguardingEverywhere, match => ' '.repeat(match.length));

/** The person wants to refer themselves or sign up directly ("can I sign up myself?", "without a referral"). */
export const asksToSelfRefer = (original: string): boolean => cues().selfReferral.test(normalise(original));
