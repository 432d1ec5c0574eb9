// Which knowledge entries a question is about: light stems, content words, and BM25 ranking. The scores
// are checked against BM25 as the textbook writes it (Robertson and Zaragoza, with the +1 inside the
// log that keeps every idf positive), worked here over a three-entry index written by hand.
import { describe, expect, it } from 'vitest';
import { contentTerms, indexKeys, relevanceIndex, RelevanceIndex, stem } from '../../src/understanding/relevance.js';
import { kb } from '../support/knowledge.js';

describe('light stems', () => {
  it.each([
    ['parents', 'parent'],
    ['referrals', 'referral'],
    ['Families', 'family'],
    ['babies', 'baby'],
    ['ties', 'tie'],
    ['running', 'runn'],
    ['sing', 'sing'],
    ['bring', 'bring'],
    ['worried', 'worri'],
    ['bred', 'bred'],
    ['cared', 'car'],
    ['class', 'class'],
    ['bus', 'bus'],
    ['buses', 'buse'],
    ['cats', 'cat'],
    ['gas', 'gas'],
    ['is', 'is'],
    ['worries', 'worry'],
    ['cries', 'crie'],
  ])('"%s" -> "%s"', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('content words of a question', () => {
  it.each([
    ['What is the MASH number?', ['mash', 'number']],
    ["Mum's worried about her 7 year old", ['mum', 'worri']],
    ['parenting courses for dads', ['parent', 'course', 'dad']],
    ['a b c 12 2024 x', []],
    ['Children\u2019s centre', ['children', 'centre']],
    ['', []],
    ['y7 pupils', ['y7', 'pupil']],
    ['a 7yo', ['7yo']],
  ])('"%s" -> %j', (text, terms) => {
    expect(contentTerms(text)).toEqual(terms);
  });
});

// Three entries; the index treats every word of a field as one occurrence at the field's weight.
const docs = [
  { key: 'a', fields: [{ text: 'sleep clinic', weight: 3 }, { text: 'help with sleep and bedtime', weight: 1 }] },
  { key: 'b', fields: [{ text: 'parenting course', weight: 3 }, { text: 'a course for parents of teenagers', weight: 1 }] },
  { key: 'c', fields: [{ text: 'bedtime stories', weight: 1 }] },
];
// By hand: terms (after stop words and stems), their weighted counts, and each entry's length in terms.
//   a: sleep 3+1=4, clinic 3, bedtime 1; length 4
//   b: parent 3+1=4, course 3+1=4, teenager 1; length 5
//   c: bedtime 1, stori 1 ("stories" -> "story"); length 2
const K1 = 1.2, B = 0.6;
const N = 3, avg = (4 + 5 + 2) / 3;
const idf = (df: number) => Math.log(1 + (N - df + 0.5) / (df + 0.5));
const part = (f: number, df: number, length: number) => idf(df) * (f * (K1 + 1)) / (f + K1 * (1 - B + B * length / avg));

describe('BM25 over a small index', () => {
  // Built in each test, so the code under test builds it every time.
  const index = { score: (key: string, terms: readonly string[]) => new RelevanceIndex(docs).score(key, terms), scores: (terms: readonly string[]) => new RelevanceIndex(docs).scores(terms) };

  it.each([
    ['a', ['sleep'], part(4, 1, 4)],
    ['a', ['sleep', 'bedtime'], part(4, 1, 4) + part(1, 2, 4)],
    ['c', ['bedtime'], part(1, 2, 2)],
    ['c', ['story'], part(1, 1, 2)],
    ['b', ['parent', 'course', 'teenager'], part(4, 1, 5) + part(4, 1, 5) + part(1, 1, 5)],
    ['b', ['sleep'], 0],
    ['nothing', ['sleep'], 0],
  ])('%s for %j scores as BM25 says', (key, terms, expected) => {
    expect(index.score(key, terms)).toBeCloseTo(expected, 12);
  });

  it('counts a term asked twice once', () => {
    expect(index.score('a', ['sleep', 'sleep'])).toBeCloseTo(part(4, 1, 4), 12);
    expect(index.scores(['sleep', 'sleep']).get('a')).toBeCloseTo(part(4, 1, 4), 12);
  });

  it('a word in more entries counts for less', () => {
    expect(index.score('c', ['story'])).toBeGreaterThan(index.score('c', ['bedtime']));
  });

  it('scores every entry that shares a word, the same as one by one, and no other', () => {
    const terms = ['bedtime', 'sleep', 'course', 'unknown'];
    const all = index.scores(terms);
    expect([...all.keys()].sort()).toEqual(['a', 'b', 'c']);
    for (const key of ['a', 'b', 'c']) expect(all.get(key)).toBeCloseTo(index.score(key, terms), 12);
    expect(index.scores(['story']).get('c')).toBeCloseTo(part(1, 1, 2), 12);
    expect([...index.scores(['story']).keys()]).toEqual(['c']);
    expect(index.scores(['unknown']).size).toBe(0);
  });

  it('an entry with a zero-weight field still counts the field\'s length but not its words', () => {
    const zero = new RelevanceIndex([
      { key: 'z', fields: [{ text: 'sleep', weight: 0 }, { text: 'clinic', weight: 1 }] },
      { key: 'y', fields: [{ text: 'clinic', weight: 1 }] },
    ]);
    expect(zero.score('z', ['sleep'])).toBe(0);
    expect(zero.scores(['sleep']).size).toBe(0);
    // z: length 2, y: length 1, both hold "clinic" once.
    const avgZ = 1.5;
    const expected = Math.log(1 + (2 - 2 + 0.5) / (2 + 0.5)) * (1 * (K1 + 1)) / (1 + K1 * (1 - B + B * 2 / avgZ));
    expect(zero.score('z', ['clinic'])).toBeCloseTo(expected, 12);
  });

  it('an empty index scores nothing', () => {
    const empty = new RelevanceIndex([]);
    expect(empty.score('a', ['sleep'])).toBe(0);
    expect(empty.scores(['sleep']).size).toBe(0);
  });
});

describe('index keys', () => {
  it('are "kind:id" for each entry, in order', () => {
    expect(indexKeys([{ id: 'x' }, { id: 'y' }], 'service')).toEqual(['service:x', 'service:y']);
  });

  it('are made once for a frozen list, per kind', () => {
    const list = Object.freeze([{ id: 'x' }]);
    const first = indexKeys(list, 'service');
    expect(indexKeys(list, 'service')).toBe(first);
    expect(indexKeys(list, 'contact')).toEqual(['contact:x']);
    expect(indexKeys(list, 'service')).toBe(first);
  });

  it('follow a list that is not frozen as it changes', () => {
    const list = [{ id: 'x' }];
    expect(indexKeys(list, 'service')).toEqual(['service:x']);
    list.push({ id: 'y' });
    expect(indexKeys(list, 'service')).toEqual(['service:x', 'service:y']);
  });
});

describe('the index over services, contacts and processes', () => {
  // One entry of each kind, each word in one field only, so a word finds its entry only if that field is indexed.
  const small = () => ({
    services: [{ id: 'alpha', name: 'Alpha Service', aliases: ['first', 'opening act'], summary: 'summarised', offers: ['offered'], provider: 'Providerco' },
      { id: 'beta', name: 'Beta', aliases: [], summary: 'second', offers: [], provider: undefined }],
    contacts: [{ id: 'gamma', name: 'Gamma Line', aliases: ['third', 'helpline desk'], summary: 'described', notes: ['noted'], phones: [{ label: 'labelled' }, {}] },
      { id: 'delta', name: 'Delta', aliases: [], summary: undefined, notes: [], phones: [] }],
    processes: [{ id: 'epsilon', title: 'Epsilon Process', aliases: ['fifth', 'step across'], summary: 'explained', steps: ['stepped'] }],
    levels: [],
  }) as unknown as Parameters<typeof relevanceIndex>[0];
  // A new knowledge base for each test: the index is kept per knowledge base, so each test's is built by the code under test.
  const index = { score: (key: string, terms: readonly string[]) => relevanceIndex(small()).score(key, terms), scores: (terms: readonly string[]) => relevanceIndex(small()).scores(terms) };
  const keysFor = (question: string) => [...index.scores(contentTerms(question)).keys()];

  it.each([
    ['alpha', 'service:alpha'], ['first', 'service:alpha'], ['opening act', 'service:alpha'], ['summarised', 'service:alpha'],
    ['offered', 'service:alpha'], ['providerco', 'service:alpha'], ['second', 'service:beta'],
    ['gamma', 'contact:gamma'], ['third', 'contact:gamma'], ['helpline desk', 'contact:gamma'], ['described', 'contact:gamma'],
    ['noted', 'contact:gamma'], ['labelled', 'contact:gamma'], ['delta', 'contact:delta'],
    ['epsilon', 'process:epsilon'], ['fifth', 'process:epsilon'], ['step across', 'process:epsilon'], ['explained', 'process:epsilon'], ['stepped', 'process:epsilon'],
  ])('"%s" finds %s', (question, key) => {
    expect(keysFor(question)).toEqual([key]);
  });

  it('names and aliases count three times what a summary does', () => {
    // alpha's terms: alpha, first, open, act (name and aliases, weight 3); summaris, offer, providerco (weight 1): length 7.
    // Lengths: alpha 7, beta 2, gamma 8, delta 1, epsilon 7; average 5. "first" and "summarised" are each in alpha alone.
    const norm = K1 * (1 - B + B * 7 / 5);
    const saturated = (f: number) => (f * (K1 + 1)) / (f + norm);
    expect(index.score('service:alpha', ['first']) / index.score('service:alpha', ['summaris'])).toBeCloseTo(saturated(3) / saturated(1), 10);
  });

  it('an entry with no provider, summary or phone label indexes nothing for them', () => {
    expect(keysFor('undefined')).toEqual([]);
  });
});

describe('the knowledge base\'s index', () => {
  // A copy of the knowledge base in each test: the index is kept per knowledge base, so each copy's is built by the code under test.
  const index = () => relevanceIndex({ ...kb } as typeof kb);

  it('is built once', () => {
    const fresh = { ...kb } as typeof kb;
    expect(relevanceIndex(fresh)).toBe(relevanceIndex(fresh));
  });

  const ranked = (question: string) => [...index().scores(contentTerms(question)).entries()].sort((x, y) => y[1] - x[1]).map(([key]) => key);

  it('"kooth" is most about the service and the contact of that name', () => {
    expect(ranked('kooth').slice(0, 2).sort()).toEqual(['contact:kooth', 'service:kooth']);
  });

  it('"multi agency safeguarding hub" is most about the MASH', () => {
    expect(ranked('multi agency safeguarding hub')[0]).toBe('contact:nottinghamshire-mash');
  });

  it('holds services, contacts and processes, not levels', () => {
    const keys = [...index().scores(contentTerms('level early help mash kooth escalation')).keys()];
    expect(keys.some(k => k.startsWith('service:'))).toBe(true);
    expect(keys.some(k => k.startsWith('contact:'))).toBe(true);
    expect(keys.some(k => k.startsWith('process:'))).toBe(true);
    expect(keys.some(k => k.startsWith('level:'))).toBe(false);
  });
});
