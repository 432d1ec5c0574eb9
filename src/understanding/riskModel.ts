// A trained risk classifier: multinomial logistic regression over sparse features of a message
// (Porter stems, stem pairs, and character n-grams of each word, which carry misspellings and slang
// such as "bruzes" or "hurtin" to what the corpus taught). Trained from knowledge/risk-corpus,
// deterministic (seeded order): a few seconds the first time, then read from the start-up cache
// (riskModelCache.ts) until the corpus, the intents' examples or this code change.
//
// Why not natural's LogisticRegressionClassifier: it trains on dense vectors over the whole vocabulary,
// which for ~3,000 messages and ~60,000 features takes minutes. Naive Bayes (natural's, as the intent
// classifier uses) double-counts the overlapping n-grams and gives near-0/1 probabilities that cannot be
// thresholded; logistic regression's can, which is what a recall-tuned threshold needs.
import { cachedParameters, type ParameterFitting } from './riskModelCache.js';
import { normalise, stemOf, words } from './text.js';

/** The code a trained model depends on (features, training, the stemmer's wrapper): a change to either file retrains. */
const MODEL_CODE = [import.meta.url, new URL('./text.js', import.meta.url).href];
const FITTING: ParameterFitting = {
  fit: (examples, options) => fitTextClassifier(examples, options),
  probe: (parameters, texts) => { const c = classifierFrom(parameters); return texts.map(t => [...c.predict(t).values()]); },
  code: MODEL_CODE,
};

export interface TextClassifier {
  readonly labels: readonly string[];
  /** A probability for every label, summing to 1. */
  predict(text: string): Map<string, number>;
}

export interface TrainingExample { text: string; label: string; voice?: string }

/** Words that deny what follows ("no marks", "never hit"); their reach is a few words. */
const NEGATOR = /^(no|not|never|without|nobody|none|nothing|denies|denied|isn't|isnt|wasn't|wasnt|hasn't|hasnt|doesn't|doesnt|didn't|didnt|don't|dont|aren't|arent)$/;
const NEGATION_REACH = 3;

export function riskFeatures(text: string): string[] {
  const out = new Set<string>();
  for (const clause of normalise(text).split(/[.;!?]|\bbut\b/)) {
    const ws = words(clause);
    const stems: string[] = [];
    let reach = 0;
    for (const word of ws) {
      const stem = stemOf(word);
      const marked = reach > 0 ? `no_${stem}` : stem;
      stems.push(marked);
      out.add(`w:${marked}`);
      if (word.length >= 4 && reach === 0) {
        const padded = `<${word.replace(/'/g, '')}>`;
        for (let i = 0; i + 4 <= padded.length; i++) out.add(`c:${padded.slice(i, i + 4)}`);
      }
      reach = NEGATOR.test(word) ? NEGATION_REACH : Math.max(0, reach - 1);
    }
    for (let i = 1; i < stems.length; i++) out.add(`b:${stems[i - 1]}_${stems[i]}`);
  }
  return [...out];
}

/** A small deterministic generator (mulberry32), so training gives the same model on every start. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TrainingOptions { epochs?: number; learningRate?: number; l2?: number; seed?: number }

/** What training learns: everything predict() needs, as plain data (riskModelCache.ts keeps it between starts). */
export interface ClassifierParameters {
  labels: string[];
  /** Feature strings in index order: feature i's weights are weights[i * labels.length + k]. */
  features: string[];
  weights: Float64Array;
  bias: Float64Array;
}

export function trainTextClassifier(examples: readonly TrainingExample[], options: TrainingOptions = {}): TextClassifier {
  return classifierFrom(fitTextClassifier(examples, options));
}

export function fitTextClassifier(examples: readonly TrainingExample[], options: TrainingOptions = {}): ClassifierParameters {
  const { epochs = 20, learningRate = 1, l2 = 1e-5, seed = 7 } = options;
  const labels = [...new Set(examples.map(e => e.label))].sort();
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const featureIndex = new Map<string, number>();
  const docs = examples.map(e => {
    const ids = riskFeatures(e.text).map(f => {
      let i = featureIndex.get(f);
      if (i === undefined) { i = featureIndex.size; featureIndex.set(f, i); }
      return i;
    });
    return { ids, y: labelIndex.get(e.label)! };
  });
  const K = labels.length;
  const weights = new Float64Array(featureIndex.size * K);
  const bias = new Float64Array(K);
  // Each class weighs the same overall, however many examples it has.
  const counts = new Float64Array(K);
  for (const d of docs) counts[d.y]! += 1;
  const classWeight = Array.from(counts, c => (c ? docs.length / (K * c) : 0));

  const random = seeded(seed);
  const order = docs.map((_, i) => i);
  const logits = new Float64Array(K);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    const rate = learningRate / (1 + epoch * 0.5);
    for (const di of order) {
      const { ids, y } = docs[di]!;
      const scale = 1 / Math.sqrt(ids.length || 1);
      softmaxInto(logits, ids, scale, weights, bias, K);
      for (let k = 0; k < K; k++) {
        const g = (logits[k]! - (k === y ? 1 : 0)) * classWeight[y]! * rate;
        if (g === 0) continue;
        bias[k]! -= g;
        for (const f of ids) {
          const w = f * K + k;
          weights[w] = weights[w]! * (1 - rate * l2) - g * scale;
        }
      }
    }
  }
  return { labels, features: [...featureIndex.keys()], weights, bias };
}

/** Built once per set of parameters: the cache checks a read model with it, then the risk model uses it. */
const classifiers = new WeakMap<ClassifierParameters, TextClassifier>();

export function classifierFrom(parameters: ClassifierParameters): TextClassifier {
  let classifier = classifiers.get(parameters);
  if (!classifier) classifiers.set(parameters, classifier = buildClassifier(parameters));
  return classifier;
}

function buildClassifier({ labels, features: featureList, weights, bias }: ClassifierParameters): TextClassifier {
  const K = labels.length;
  const featureIndex = new Map(featureList.map((f, i) => [f, i]));
  return {
    labels,
    predict(text: string): Map<string, number> {
      const features = featuresOf(text);
      const ids = features.map(f => featureIndex.get(f)).filter((i): i is number => i !== undefined);
      const probs = new Float64Array(K);
      // Scaled by every feature the message has, seen in training or not, as in training.
      softmaxInto(probs, ids, 1 / Math.sqrt(Math.max(features.length, 1)), weights, bias, K);
      return new Map(labels.map((l, k) => [l, probs[k]!]));
    },
  };
}

/** The three models read the same message in turn: its features are worked out once. */
let lastFeatures: { text: string; features: readonly string[] } | undefined;
function featuresOf(text: string): readonly string[] {
  if (lastFeatures?.text !== text) lastFeatures = { text, features: riskFeatures(text) };
  return lastFeatures.features;
}

function softmaxInto(out: Float64Array, ids: readonly number[], scale: number, weights: Float64Array, bias: Float64Array, K: number): void {
  for (let k = 0; k < K; k++) out[k] = bias[k]!;
  for (const f of ids) for (let k = 0; k < K; k++) out[k]! += weights[f * K + k]! * scale;
  let max = -Infinity;
  for (let k = 0; k < K; k++) max = Math.max(max, out[k]!);
  let sum = 0;
  for (let k = 0; k < K; k++) { out[k] = Math.exp(out[k]! - max); sum += out[k]!; }
  for (let k = 0; k < K; k++) out[k]! /= sum;
}

/**
 * Two classifiers over the same features: is harm described now ("harm"), in the past beside a request
 * ("past"), or not at all ("none"); and, for harm, which category. One softmax over every category and
 * "none" spreads a message's probability thinly across eighteen kinds of harm, so "how likely is harm"
 * is a question of its own, with a threshold of its own.
 */
export interface RiskModel {
  /** harm, past and none, summing to 1. */
  harm(text: string): { harm: number; past: number; none: number };
  /** Risk signal ids, best first, with probabilities given harm. */
  categories(text: string): [string, number][];
  /** How likely the writer is a child or teenager (the corpus's voices), 0..1: Childline is offered to them. */
  young(text: string): number;
}

export function trainRiskModel(examples: readonly TrainingExample[], options: TrainingOptions = {}): RiskModel {
  const kind = (label: string) => (label === 'none' || label === 'past' ? label : 'harm');
  // Trained once per corpus and code, then read from the cache (riskModelCache.ts): same parameters, same model.
  const train = (set: readonly TrainingExample[]) => classifierFrom(cachedParameters(set, options, FITTING));
  const harmModel = train(examples.map(e => ({ text: e.text, label: kind(e.label) })));
  const categoryModel = train(examples.filter(e => kind(e.label) === 'harm'));
  const voiced = examples.filter(e => e.voice);
  const voiceModel = train(voiced.map(e => ({ text: e.text, label: e.voice === 'child' || e.voice === 'teen' ? 'young' : 'adult' })));
  return {
    young: text => (voiced.length ? voiceModel.predict(text).get('young') ?? 0 : 0),
    harm(text) {
      const p = harmModel.predict(text);
      return { harm: p.get('harm') ?? 0, past: p.get('past') ?? 0, none: p.get('none') ?? 0 };
    },
    categories: text => [...categoryModel.predict(text)].sort((a, b) => b[1] - a[1]),
  };
}
