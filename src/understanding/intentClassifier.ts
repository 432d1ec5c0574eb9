// Intent from wording: natural's naive Bayes classifier over Porter stems and stem pairs, trained at
// start-up from knowledge/intents.yaml. Returns a probability for every intent (normalised), which the
// understander blends with rules from the knowledge base.
import natural from 'natural';
import type { IntentExamples } from './intentExamples.js';
import { normalise, stemOf, words } from './text.js';
import type { Intent } from './understanding.js';

export interface IntentClassifier { classify(text: string): Map<Intent, number> }

/** Words that deny what follows; "not sure" and "not yet" deny nothing. */
const NEGATOR = /^(no|not|never|without|nobody|none|nothing|denies|denied)$/;
const NEGATION_REACH = 3;

/** Stems, with the few after a denial marked ("no concerns about abuse" -> no_concern, no_about, no_abus). */
function stemsWithDenials(normalised: string): string[] {
  const out: string[] = [];
  for (const clause of normalised.split(/[.,;!?]|\bbut\b/)) {
    let reach = 0;
    const clauseWords = words(clause);
    clauseWords.forEach((word, i) => {
      const stem = stemOf(word);
      out.push(reach > 0 ? `no_${stem}` : stem);
      reach = NEGATOR.test(word) && !/^(sure|yet)$/.test(clauseWords[i + 1] ?? '') ? NEGATION_REACH : Math.max(0, reach - 1);
    });
  }
  return out;
}

/** Stems and adjacent stem pairs: "why not" and "what if" mean more together than apart. */
export function features(text: string): string[] {
  const s = stemsWithDenials(normalise(text));
  return [...s, ...s.slice(1).map((w, i) => `${s[i]}_${w}`), ...(s.length <= 2 ? ['__short__'] : [])];
}

/**
 * The parts of natural's BayesClassifier used here. Its own vectoriser scans the whole vocabulary with
 * indexOf for every document and every message (about a millisecond a message with stem pairs), so
 * documents and messages go to its model as sparse vectors of feature indices instead; the model, its
 * smoothing and its scoring stay natural's.
 */
interface NaturalBayes {
  features: Record<string, number>;
  docs: { label: string; text: string[] }[];
  classifier: {
    /** A sparse observation is an object whose values are feature indices. */
    addExample(observation: Record<number, number>, label: string): void;
    train(): void;
    getClassifications(observation: Record<number, number>): { label: string; value: number }[];
    totalExamples: number;
    classTotals: Record<string, number>;
    classFeatures: Record<string, Record<number, number>>;
    smoothing: number;
  };
}

/**
 * natural's (apparatus's) naive Bayes scoring, the same arithmetic in the same order, with each label's
 * log-probability of each feature worked out once after training rather than for every message:
 * P(label) * exp(sum over the message's features, in index order, of log(count / label total)), a
 * feature the label never saw counting as the smoothing; labels best first, ties in training order.
 */
function precomputedScoring(model: NaturalBayes['classifier'], featureCount: number): (present: readonly number[]) => { label: string; value: number }[] {
  const labels = Object.keys(model.classFeatures).map(label => {
    const total = model.classTotals[label]!;
    const seen = model.classFeatures[label]!;
    const logs = new Float64Array(featureCount);
    for (let i = 0; i < featureCount; i++) logs[i] = Math.log((seen[i] || model.smoothing) / total);
    return { label, logs, prior: total / model.totalExamples };
  });
  return present => labels.map(({ label, logs, prior }) => {
    let prob = 0;
    for (const i of present) prob += logs[i]!;
    return { label, value: prior * Math.exp(prob) };
  }).sort((x, y) => y.value - x.value);
}

export function trainIntentClassifier(examples: IntentExamples): IntentClassifier {
  const bayes = new natural.BayesClassifier(undefined, 0.5) as unknown as NaturalBayes & natural.BayesClassifier;
  for (const [intent, texts] of Object.entries(examples)) for (const text of texts ?? []) bayes.addDocument(features(text), intent);
  // Feature order as natural enumerates it, so indices mean what its vectoriser would mean.
  const index = new Map<string, number>();
  for (const feature in bayes.features) index.set(feature, index.size);
  for (const doc of bayes.docs) {
    bayes.classifier.addExample({ ...[...new Set(doc.text)].map(f => index.get(f)!) }, doc.label);
    // The sparse path leaves the example counts alone; the dense one counts each example once.
    bayes.classifier.totalExamples++;
    bayes.classifier.classTotals[doc.label]!++;
  }
  bayes.classifier.train();
  const scoring = precomputedScoring(bayes.classifier, index.size);
  return {
    classify(text) {
      const present = [...new Set(features(text))].map(f => index.get(f)).filter((i): i is number => i !== undefined);
      const scored = scoring(present);
      const total = scored.reduce((sum, s) => sum + s.value, 0);
      return new Map(scored.map(s => [s.label as Intent, total > 0 ? s.value / total : 1 / scored.length]));
    },
  };
}
