// The intent classifier: what it reads of a message (stems, denials, pairs), and that its sparse scoring
// gives what natural's own naive Bayes classifier gives on the same features (the oracle is natural's
// dense implementation, trained here the ordinary way, not the code under test).
import natural from 'natural';
import { describe, expect, it } from 'vitest';
import { features, trainIntentClassifier } from '../../src/understanding/intentClassifier.js';
import type { IntentExamples } from '../../src/understanding/intentExamples.js';

describe('what the classifier reads of a message', () => {
  it.each([
    ['Why not?', ['why', 'not', 'why_not', '__short__']],
    ['what if', ['what', 'if', 'what_if', '__short__']],
    ['mash', ['mash', '__short__']],
    ['ring the MASH now', ['ring', 'the', 'mash', 'now', 'ring_the', 'the_mash', 'mash_now']],
  ])('"%s" is %j', (message, expected) => {
    expect(features(message)).toEqual(expected);
  });

  it('marks the three words after a denial', () => {
    expect(features('no concerns about abuse at all')).toEqual(expect.arrayContaining(['no', 'no_concern', 'no_about', 'no_abus', 'at', 'all']));
    expect(features('no concerns about abuse at all')).not.toContain('no_at');
  });

  it.each(['not', 'never', 'without', 'nobody', 'none', 'nothing', 'denies', 'denied'])('"%s" denies too', word => {
    expect(features(`${word} hit`)).toContain('no_hit');
  });

  it('"not sure" and "not yet" deny nothing', () => {
    expect(features('not sure what to do')).toEqual(expect.arrayContaining(['sure', 'what']));
    expect(features('not yet diagnosed')).toContain('diagnos');
    expect(features('not yet diagnosed')).not.toContain('no_diagnos');
  });

  it('a denial reaches only to the end of its clause, and "but" ends it', () => {
    expect(features('no bruises, hit')).toContain('hit');
    expect(features('no bruises. hit')).toContain('hit');
    expect(features('no bruises; hit')).toContain('hit');
    expect(features('no bruises! hit')).toContain('hit');
    expect(features('no bruises? hit')).toContain('hit');
    expect(features('no bruises but hit')).toContain('hit');
    expect(features('no bruises butter')).toContain('no_butter');
  });

  it('a word that only ends like "sure" is still denied ("no pressure")', () => {
    expect(features('no pressure at school')).toContain('no_pressur');
  });

  it('words that only start like a denial deny nothing', () => {
    expect(features('nothings notable hit')).toEqual(expect.arrayContaining(['notabl', 'hit']));
    expect(features('knot hit')).toContain('hit');
  });
});

const examples: IntentExamples = {
  explain: ['why not that one', 'why is that', 'why that service', 'explain why'],
  greeting: ['hello', 'hi there', 'good morning'],
  'contact-lookup': ['mash number', 'phone number for the edt', 'email for first contact', 'number for the mash please'],
};

/** natural's naive Bayes as documented: documents of features, trained, scored densely, normalised here. */
function naturalReading(message: string): Map<string, number> {
  const bayes = new natural.BayesClassifier(undefined, 0.5);
  for (const [intent, texts] of Object.entries(examples)) for (const text of texts ?? []) bayes.addDocument(features(text), intent);
  bayes.train();
  const scored = bayes.getClassifications(features(message));
  const total = scored.reduce((sum, s) => sum + s.value, 0);
  return new Map(scored.map(s => [s.label, s.value / total]));
}

describe('the classifier', () => {
  // Trained in each test (a few examples), so the code under test trains it every time.
  const classifier = { classify: (message: string) => trainIntentClassifier(examples).classify(message) };

  it.each(['why not the mash', 'hello there', 'number for the edt', 'why', 'email the mash please', 'morning, why is that', 'zebra crossing'])(
    '"%s" reads as natural\'s naive Bayes reads it, best first', message => {
      const ours = classifier.classify(message);
      const theirs = naturalReading(message);
      expect([...ours.keys()]).toEqual([...theirs.keys()]);
      for (const [label, p] of theirs) expect(ours.get(label as never)).toBeCloseTo(p, 10);
    });

  it('leans the obvious way, with probabilities summing to 1', () => {
    const read = classifier.classify('why not that service');
    expect([...read.keys()][0]).toBe('explain');
    expect([...read.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect([...classifier.classify('phone number please').keys()][0]).toBe('contact-lookup');
    expect([...classifier.classify('hi').keys()][0]).toBe('greeting');
  });

  it('gives every intent an even share when a message is so long that every score vanishes', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(' ');
    const long = trainIntentClassifier({ ...examples, thanks: [many] });
    const read = long.classify(many);
    expect(read.size).toBe(4);
    for (const p of read.values()) expect(p).toBe(1 / 4);
  });

  it('takes an intent with no examples as no intent', () => {
    const sparse = trainIntentClassifier({ ...examples, thanks: undefined } as IntentExamples);
    expect([...sparse.classify('hello').keys()].sort()).toEqual(['contact-lookup', 'explain', 'greeting']);
  });
});
