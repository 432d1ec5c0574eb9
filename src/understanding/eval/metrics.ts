// Accuracy and per-intent precision/recall of any intent predictor over labelled texts.
import { INTENTS, type Intent } from '../understanding.js';
import type { LabelledText } from './split.js';

export interface IntentScores { intent: Intent; support: number; precision: number; recall: number }
export interface IntentReport { accuracy: number; perIntent: IntentScores[]; errors: { text: string; expected: Intent; got: Intent }[] }

export function scoreIntents(cases: readonly LabelledText[], predict: (text: string) => Intent): IntentReport {
  const predicted = cases.map(c => ({ ...c, got: predict(c.text) }));
  const ratio = (n: number, d: number) => (d ? n / d : Number.NaN);
  const perIntent = INTENTS.filter(intent => cases.some(c => c.intent === intent)).map(intent => {
    const truePositives = predicted.filter(p => p.intent === intent && p.got === intent).length;
    return {
      intent,
      support: predicted.filter(p => p.intent === intent).length,
      precision: ratio(truePositives, predicted.filter(p => p.got === intent).length),
      recall: ratio(truePositives, predicted.filter(p => p.intent === intent).length),
    };
  });
  return {
    accuracy: ratio(predicted.filter(p => p.got === p.intent).length, predicted.length),
    perIntent,
    errors: predicted.filter(p => p.got !== p.intent).map(p => ({ text: p.text, expected: p.intent, got: p.got })),
  };
}
