// Diagnosis status per condition: diagnosed, suspected, awaiting assessment or none. A condition is
// named in the message; with none named, the status applies to the case's conditions in hand.
import type { DiagnosisStatus } from '../knowledge/schema.js';
import type { MissingFact } from '../pathway/route.js';
import { normalise } from './text.js';

const CONDITIONS: Record<string, RegExp> = {
  adhd: /\b(adhd|add|attention deficit|hyperactiv\w*)\b/,
  autism: /\b(autis\w*|asd|asc|asperger'?s?|on the spectrum|spectrum)\b/,
};

const STATUS_CUES: [DiagnosisStatus, RegExp][] = [
  ['awaiting-assessment', /\b(waiting (list|for (an? )?(assessment|diagnosis))|on the (waiting|assessment) list|awaiting|referred for (an? )?(assessment|diagnosis)|being assessed|assessment (is )?(booked|pending|due))\b/],
  ['none', /\b(no (formal |official |confirmed )?(diagnos\w*|dx)|not (been )?(formally |officially )?diagnosed|undiagnosed|without (a |any )?(formal )?diagnos\w*|hasn'?t (got|had) a diagnosis|no diagnosis yet|not yet diagnosed|(hasn'?t|has not|haven'?t|have not|isn'?t|is not|wasn'?t|never) (yet )?(been )?(formally |officially )?diagnosed)\b/],
  ['suspected', /\b(suspect\w*|think (she|he|they|it)?\s*(is|has|might|may|could)?|thinks? (it'?s|it is)|might (be|have)|may (be|have)|could (be|have)|query|queried|possible|possibly|probable|probably|likely|signs of|traits|indicative|looks (a lot )?like|seems? (to be|like)|wondering if|concerned (it|she|he) (is|has|may|might))\b/],
  ['diagnosed', /\b(diagnosed|(has|have|got|with) (a |an )?(formal |confirmed |official )?([a-z]+ ){0,2}diagnosis|confirmed|formal diagnosis|got (a |an )?diagnosis|with (a |an )?(confirmed |formal )?diagnosis|dx)\b/],
];

/** Bare answers to "Is there a diagnosis?". */
const BARE: [DiagnosisStatus, RegExp][] = [
  ['awaiting-assessment', /^\s*(waiting|on the (waiting )?list|awaiting( assessment)?|being assessed)\b/],
  ['none', /^\s*(no|nope|none|not yet|no diagnosis|not diagnosed)\b/],
  ['suspected', /^\s*(suspected|suspect|maybe|possibly|probably|not sure|unsure|we think so)\b/],
  ['diagnosed', /^\s*(yes|yep|yeah|diagnosed|confirmed|she is|he is|they are|she has|he has)\b/],
];

export function findDiagnoses(original: string, caseConcerns: readonly string[], expecting?: MissingFact): Record<string, DiagnosisStatus> {
  const text = normalise(original);
  const named = Object.entries(CONDITIONS).filter(([, pattern]) => pattern.test(text)).map(([id]) => id);
  const conditions = named.length ? named : caseConcerns.filter(c => c in CONDITIONS);
  const status = STATUS_CUES.find(([, cue]) => cue.test(text))?.[0]
    ?? (expecting === 'diagnosis' ? BARE.find(([, cue]) => cue.test(text))?.[0] : undefined)
    // "diagnosed with adhd" is caught above; "has ADHD" / "her ADHD" with no hedge reads as diagnosed.
    ?? (named.length && /\b(has|have|with|her|his|their)\s+(got\s+)?(adhd|autism|asd|asc|add)\b/.test(text) ? 'diagnosed' : undefined)
    // Naming the condition in answer to "Is there a diagnosis?" ("ADHD", "autism (ASD)") says which.
    ?? (expecting === 'diagnosis' && named.length ? 'diagnosed' : undefined);
  if (!status) return {};
  // "No diagnosis" with no condition in view rules out both; other statuses need a condition to attach to.
  const targets = conditions.length ? conditions : status === 'none' ? Object.keys(CONDITIONS) : [];
  return Object.fromEntries(targets.map(c => [c, status]));
}
