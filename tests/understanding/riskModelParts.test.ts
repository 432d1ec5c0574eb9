// The risk model's parts, each against an oracle worked by hand: the features of a message (stems, denials
// marked for three words, four-letter pieces of words of four letters or more, stem pairs), the softmax of
// hand-set weights, and training on a corpus small enough to reason about.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClassifierParameters, TrainingExample, TrainingOptions } from '../../src/understanding/riskModel.js';

// The module keeps the last message's features and a classifier per set of parameters: import a fresh
// module, so nothing kept from an earlier run (mutation testing runs the file again in the same process) answers.
let riskModel: typeof import('../../src/understanding/riskModel.js');
beforeEach(async () => {
  vi.resetModules();
  riskModel = await import('../../src/understanding/riskModel.js');
});
const riskFeatures = (text: string) => riskModel.riskFeatures(text);
const classifierFrom = (p: ClassifierParameters) => riskModel.classifierFrom(p);
const fitTextClassifier = (e: readonly TrainingExample[], o?: TrainingOptions) => riskModel.fitTextClassifier(e, o);
const trainTextClassifier = (e: readonly TrainingExample[], o?: TrainingOptions) => riskModel.trainTextClassifier(e, o);
const trainRiskModel = (e: readonly TrainingExample[]) => riskModel.trainRiskModel(e);

const sorted = (xs: readonly string[]) => [...xs].sort();

describe('the features of a message', () => {
  it.each([
    ['hit', ['w:hit']],
    ['Hit him', ['w:hit', 'w:him', 'b:hit_him']],
    ['kick', ['w:kick', 'c:<kic', 'c:kick', 'c:ick>']],
    ["don't", ['w:dont', 'c:<don', 'c:dont', 'c:ont>']],
    ['no marks', ['w:no', 'w:no_mark', 'b:no_no_mark']],
    ['no red marks seen now', ['w:no', 'w:no_red', 'w:no_mark', 'w:no_seen', 'w:now', 'b:no_no_red', 'b:no_red_no_mark', 'b:no_mark_no_seen', 'b:no_seen_now']],
    ['hit. hit', ['w:hit']],
    ['no. hit', ['w:no', 'w:hit']],
    ['no; hit', ['w:no', 'w:hit']],
    ['no! hit', ['w:no', 'w:hit']],
    ['no? hit', ['w:no', 'w:hit']],
    ['no but hit', ['w:no', 'w:hit']],
    ['no, hit', ['w:no', 'w:no_hit', 'b:no_no_hit']],
    ['', []],
  ])('"%s" -> %j', (message, features) => {
    expect(sorted(riskFeatures(message))).toEqual(sorted(features));
  });

  it.each(['not', 'never', 'without', 'nobody', 'none', 'nothing', 'denies', 'denied', "isn't", 'isnt', "wasn't", 'wasnt', "hasn't", 'hasnt',
    "doesn't", 'doesnt', "didn't", 'didnt', "don't", 'dont', "aren't", 'arent'])('"%s" denies the word after it', negator => {
    expect(riskFeatures(`${negator} hit`)).toContain('w:no_hit');
  });

  it('"nothingness", "know", "knot" and "piano" deny nothing', () => {
    expect(riskFeatures('nothingness hit')).toContain('w:hit');
    expect(riskFeatures('know hit')).toContain('w:hit');
    expect(riskFeatures('knot hit')).toContain('w:hit');
    expect(riskFeatures('piano hit')).toContain('w:hit');
  });
});

describe('a classifier from set weights', () => {
  // Two labels, one feature: "hit" pushes towards "harm" by 2.
  const parameters = { labels: ['harm', 'none'], features: ['w:hit'], weights: Float64Array.from([2, 0]), bias: Float64Array.from([0, 0]) };

  it('is the softmax of the weights of the features it knows', () => {
    const p = classifierFrom(parameters).predict('hit');
    expect(p.get('harm')).toBeCloseTo(Math.exp(2) / (Math.exp(2) + 1), 12);
    expect(p.get('none')).toBeCloseTo(1 / (Math.exp(2) + 1), 12);
    expect([...p.keys()]).toEqual(['harm', 'none']);
  });

  it('scales by the square root of every feature the message has, known or not', () => {
    // "hit you": w:hit, w:you, b:hit_you; three features, one known.
    const p = classifierFrom(parameters).predict('hit you');
    const z = 2 / Math.sqrt(3);
    expect(p.get('harm')).toBeCloseTo(Math.exp(z) / (Math.exp(z) + 1), 12);
  });

  it('with nothing known is the bias alone', () => {
    const withBias = { ...parameters, bias: Float64Array.from([Math.log(3), 0]) };
    expect(classifierFrom(withBias).predict('hello').get('harm')).toBeCloseTo(0.75, 12);
    expect(classifierFrom(withBias).predict('').get('harm')).toBeCloseTo(0.75, 12);
  });

  it('stays finite for large weights', () => {
    const large = { ...parameters, weights: Float64Array.from([1000, 0]) };
    expect(classifierFrom(large).predict('hit').get('harm')).toBe(1);
  });

  it('is made once per set of parameters', () => {
    expect(classifierFrom(parameters)).toBe(classifierFrom(parameters));
  });

  it('reads each message afresh', () => {
    const c = classifierFrom(parameters);
    const first = c.predict('hit').get('harm');
    expect(c.predict('hello').get('harm')).toBeCloseTo(0.5, 12);
    expect(c.predict('hit').get('harm')).toBe(first);
  });
});

const corpus: TrainingExample[] = [
  ...['he hit me', 'she punched him hard', 'dad kicked the dog and me', 'mum slapped her face', 'he beat me with a belt', 'they hurt him badly'].map(text => ({ text, label: 'harm' })),
  ...['what time is the library open', 'where is the swimming pool', 'how do I book a course', 'is the cafe open today'].map(text => ({ text, label: 'none' })),
];

describe('training', () => {
  it('with no passes over the corpus, every label is as likely as any other', () => {
    const p = trainTextClassifier(corpus, { epochs: 0 }).predict('he hit me');
    expect(p.get('harm')).toBe(0.5);
    expect(p.get('none')).toBe(0.5);
  });

  it('learns the corpus it is given, minority label included', () => {
    const model = trainTextClassifier(corpus);
    for (const { text, label } of corpus) {
      const p = model.predict(text);
      expect(p.get(label), text).toBeGreaterThan(0.5);
    }
    expect(model.labels).toEqual(['harm', 'none']);
  });

  it('weighs each label the same however many examples it has', () => {
    // One "none" example among many "harm": unweighted, the bias alone would lean hard to harm.
    const lopsided = [...corpus.filter(e => e.label === 'harm'), { text: 'library', label: 'none' }];
    expect(trainTextClassifier(lopsided).predict('library').get('none')).toBeGreaterThan(0.5);
  });

  it('gives the same model for the same corpus and seed, and learns in a different order for another seed', () => {
    const a = fitTextClassifier(corpus);
    expect(fitTextClassifier(corpus)).toEqual(a);
    const other = fitTextClassifier(corpus, { seed: 8 });
    expect(Array.from(other.weights)).not.toEqual(Array.from(a.weights));
  });

  it('learns more with more passes and a larger rate', () => {
    const harm = (options: object) => trainTextClassifier(corpus, options).predict('he hit me').get('harm')!;
    expect(harm({ epochs: 1 })).toBeLessThan(harm({ epochs: 20 }));
    expect(harm({ epochs: 1, learningRate: 0.1 })).toBeLessThan(harm({ epochs: 1, learningRate: 1 }));
  });

  it('a strong penalty on weights keeps them small', () => {
    const free = fitTextClassifier(corpus);
    const penalised = fitTextClassifier(corpus, { l2: 0.5 });
    const size = (w: Float64Array) => Array.from(w).reduce((s, x) => s + x * x, 0);
    expect(size(penalised.weights)).toBeLessThan(size(free.weights));
  });

  it('lists the features in the order first seen, with a weight for each label', () => {
    const p = fitTextClassifier([{ text: 'hit', label: 'harm' }, { text: 'open', label: 'none' }]);
    expect(p.features).toEqual(['w:hit', 'w:open', 'c:<ope', 'c:open', 'c:pen>']);
    expect(p.weights).toHaveLength(10);
    expect(p.bias).toHaveLength(2);
  });

  it('lists its labels in alphabetical order, whichever the corpus gives first', () => {
    const noneFirst = [...corpus.filter(e => e.label === 'none'), ...corpus.filter(e => e.label === 'harm')];
    expect(fitTextClassifier(noneFirst).labels).toEqual(['harm', 'none']);
    expect([...trainTextClassifier(noneFirst).predict('he hit me').keys()]).toEqual(['harm', 'none']);
  });

  it('one pass, by hand: each message\'s words move by the error, divided by the square root of its feature count', () => {
    // "kick" has four features (w:kick, c:<kic, c:kick, c:ick>), "hit" one. No penalty, rate 1, one pass:
    // the first message read meets even odds (error 0.5); the second meets the bias the first left (+-0.5
    // each side), so odds of e^1 to 1 against it (error e/(e+1)). Its words share no feature, so each
    // message's weights are that error over the square root of its feature count, in whichever order.
    const p = fitTextClassifier([{ text: 'kick', label: 'harm' }, { text: 'hit', label: 'none' }], { epochs: 1, l2: 0 });
    const weight = (feature: string, label: string) => p.weights[p.features.indexOf(feature) * 2 + p.labels.indexOf(label)]!;
    const errors = [0.5, Math.E / (Math.E + 1)];
    const oneOf = (value: number, candidates: number[]) => candidates.some(c => Math.abs(value - c) < 1e-12);
    for (const f of ['w:kick', 'c:<kic', 'c:kick', 'c:ick>']) {
      expect(oneOf(weight(f, 'harm'), errors.map(e => e / 2)), f).toBe(true);
      expect(weight(f, 'none')).toBeCloseTo(-weight(f, 'harm'), 12);
    }
    expect(oneOf(weight('w:hit', 'none'), errors)).toBe(true);
    expect(weight('w:hit', 'harm')).toBeCloseTo(-weight('w:hit', 'none'), 12);
  });

  it('learns a corpus whose messages come back word for word', () => {
    const repeated = [
      ...Array.from({ length: 3 }, () => ({ text: 'he hit me', label: 'harm' })),
      ...Array.from({ length: 3 }, () => ({ text: 'where is the library', label: 'none' })),
    ];
    const model = trainTextClassifier(repeated);
    expect(model.predict('he hit me').get('harm')).toBeGreaterThan(0.9);
    expect(model.predict('where is the library').get('none')).toBeGreaterThan(0.9);
  });

  it('a message with no features still trains', () => {
    const p = fitTextClassifier([{ text: '', label: 'none' }, { text: 'hit', label: 'harm' }]);
    expect(Number.isFinite(p.bias[0]!)).toBe(true);
  });
});

describe('the risk model', () => {
  const examples: TrainingExample[] = [
    ...['he hit me', 'she punched him hard', 'dad kicked me'].map(text => ({ text, label: 'physical-abuse', voice: 'child' })),
    ...['she has not eaten for days', 'no food in the house', 'left hungry and dirty'].map(text => ({ text, label: 'neglect', voice: 'teen' })),
    ...['he used to hit me years ago, now I want a course', 'she was abused as a child, now parenting help'].map(text => ({ text, label: 'past', voice: 'parent' })),
    ...['where is the library', 'what time is swimming', 'book a course please'].map(text => ({ text, label: 'none', voice: 'professional' })),
  ];
  const model = () => trainRiskModel(examples);

  it('reads harm, past and none summing to 1', () => {
    const r = model().harm('he hit me');
    expect(r.harm + r.past + r.none).toBeCloseTo(1, 12);
    expect(r.harm).toBeGreaterThan(r.none);
    expect(model().harm('where is the library').none).toBeGreaterThan(0.5);
  });

  it('gives the kinds of harm best first', () => {
    const kinds = model().categories('no food, hungry');
    expect(kinds[0]![0]).toBe('neglect');
    expect(model().categories('he punched me').map(k => k[0])).toEqual(['physical-abuse', 'neglect']);
    expect(kinds.map(k => k[0]).sort()).toEqual(['neglect', 'physical-abuse']);
    expect(kinds[0]![1]).toBeGreaterThanOrEqual(kinds[1]![1]);
  });

  it('tells a child\'s or teenager\'s voice from an adult\'s', () => {
    expect(model().young('dad kicked me')).toBeGreaterThan(0.5);
    expect(model().young('no food in the house')).toBeGreaterThan(0.5);
    expect(model().young('book a course please')).toBeLessThan(0.5);
  });

  it('learns voices only from the examples that give one', () => {
    // The same words, unvoiced, say nothing about who writes them: they are not an adult's.
    const unvoicedCopies = Array.from({ length: 4 }, () => ({ text: 'dad kicked me', label: 'physical-abuse' }));
    expect(trainRiskModel([...examples, ...unvoicedCopies]).young('dad kicked me')).toBeGreaterThan(0.5);
  });

  it('with no voices in the corpus, reads no one as young', () => {
    const unvoiced = trainRiskModel(examples.map(({ text, label }) => ({ text, label })));
    expect(unvoiced.young('dad kicked me')).toBe(0);
  });
});
