// A deterministic held-out split of knowledge/intents.yaml: every fifth example of each intent is
// kept back for measuring, the rest train. Same split on every run, so figures compare across edits.
import type { IntentExamples } from '../intentExamples.js';
import type { Intent } from '../understanding.js';

export interface LabelledText { text: string; intent: Intent }
export interface Split { training: IntentExamples; heldOut: LabelledText[] }

export function splitExamples(examples: IntentExamples, every = 5): Split {
  const training: IntentExamples = {};
  const heldOut: LabelledText[] = [];
  for (const [intent, texts] of Object.entries(examples) as [Intent, string[]][]) {
    training[intent] = texts.filter((_, i) => i % every !== every - 1);
    heldOut.push(...texts.filter((_, i) => i % every === every - 1).map(text => ({ text, intent })));
  }
  return { training, heldOut };
}
