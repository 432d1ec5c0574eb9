// The classifier's training data, knowledge/intents.yaml, validated so an editor's slip names the
// intent and example at fault. Every intent needs examples (a record over all of them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { defaultKnowledgeDir } from '../knowledge/loader.js';
import { INTENTS, type Intent } from './understanding.js';

const IntentExamples = z.object({
  intents: z.record(z.enum(INTENTS), z.array(z.coerce.string().trim().min(1, 'an empty example'), { message: 'no examples: every intent needs some' }).min(3, 'at least three examples')),
}).strict();

export type IntentExamples = Partial<Record<Intent, string[]>>;

export function loadIntentExamples(file = join(defaultKnowledgeDir(), 'intents.yaml')): IntentExamples {
  const result = IntentExamples.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    throw new Error(result.error.issues.map(issue => `${file}: ${issue.path.join('.') || '(file)'}: ${issue.message}`).join('\n'));
  }
  return result.data.intents;
}
