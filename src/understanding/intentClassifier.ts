// Intent from wording: natural's naive Bayes classifier over Porter stems and stem pairs, trained at
// start-up from knowledge/intents.yaml. Returns a probability for every intent (normalised), which the
// understander blends with rules from the knowledge base.
import natural from 'natural';
import type { Intent } from './understanding.js';
import type { IntentExamples } from './intentExamples.js';
import { normalise, stems } from './text.js';

export interface IntentClassifier { classify(text: string): Map<Intent, number> }

/** Stems and adjacent stem pairs: "why not" and "what if" mean more together than apart. */
export function features(text: string): string[] {
  const s = stems(normalise(text));
  return [...s, ...s.slice(1).map((w, i) => `${s[i]}_${w}`), ...(s.length <= 2 ? ['__short__'] : [])];
}

export function trainIntentClassifier(examples: IntentExamples): IntentClassifier {
  const bayes = new natural.BayesClassifier(undefined, 0.5);
  for (const [intent, texts] of Object.entries(examples)) for (const text of texts ?? []) bayes.addDocument(features(text), intent);
  bayes.train();
  return {
    classify(text) {
      const scored = bayes.getClassifications(features(text) as unknown as string);
      const total = scored.reduce((sum, s) => sum + s.value, 0);
      return new Map(scored.map(s => [s.label as Intent, total > 0 ? s.value / total : 1 / scored.length]));
    },
  };
}
