// The classifier's training data, knowledge/intents.yaml, validated so an editor's slip names the
// intent and example at fault.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { defaultKnowledgeDir } from '../knowledge/loader.js';
import { INTENTS, type Intent } from './understanding.js';

const IntentExamples = z.object({
  intents: z.record(z.enum(INTENTS, { message: `an intent name (one of ${INTENTS.join(', ')})` }), z.array(z.coerce.string().trim().min(1)).min(3, 'at least three examples')),
}).strict();

export type IntentExamples = Partial<Record<Intent, string[]>>;

export function loadIntentExamples(file = join(defaultKnowledgeDir(), 'intents.yaml')): IntentExamples {
  const result = IntentExamples.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
  }
  return result.data.intents;
}
