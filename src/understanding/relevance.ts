// Ranks knowledge entries by how well their words match a question (BM25 over light stems).
// The understanding module classifies intent; this only answers "which entries is the question about".
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';

const STOPWORDS = new Set(('a an and are as at be been but by can could do does for from had has have he her him his how i if in into is it its ' +
  'me my no not of on or our she so that the their them then there they this to us was we were what when where which who why will with would ' +
  'you your yr yo year years old child children kid kids young person people family families refer referral referring service services ' +
  'help support need needs about any some just get got go going want wants there here please thanks hi ok also more very really').split(' '));

/** A deliberately light stemmer: enough to join "parents"/"parent" and "referrals"/"referral". */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 5 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

export function contentTerms(text: string): string[] {
  return (text.toLowerCase().replace(/[’']/g, '').match(/[a-z0-9]+/g) ?? [])
    // Bare numbers in questions are ages and times, not words that say what a service is.
    .filter(w => !STOPWORDS.has(w) && w.length > 1 && !/^\d+$/.test(w))
    .map(stem);
}

export interface Doc { key: string; fields: { text: string; weight: number }[] }

/** BM25's constants: term-frequency saturation and how much an entry's length counts. */
const K1 = 1.2, B = 0.6;

interface IndexedDoc { tf: Map<string, number>; length: number }

export class RelevanceIndex {
  private readonly docs = new Map<string, IndexedDoc>();
  private readonly docFreq = new Map<string, number>();
  private avgLength = 1;

  constructor(docs: readonly Doc[]) {
    let total = 0;
    for (const doc of docs) {
      const tf = new Map<string, number>();
      let length = 0;
      for (const field of doc.fields) {
        for (const term of contentTerms(field.text)) { tf.set(term, (tf.get(term) ?? 0) + field.weight); length += 1; }
      }
      this.docs.set(doc.key, { tf, length });
      total += length;
      for (const term of tf.keys()) this.docFreq.set(term, (this.docFreq.get(term) ?? 0) + 1);
    }
    this.avgLength = docs.length ? total / docs.length : 1;
  }

  /** BM25 score of one entry for the question's terms. */
  score(key: string, queryTerms: readonly string[]): number {
    return this.scoreDistinct(key, [...new Set(queryTerms)]);
  }

  /**
   * Each term's inverse document frequency and each entry's length norm: both depend on the index alone,
   * so they are worked out once, not for every entry a question visits.
   */
  private readonly idfs = new Map<string, number>();
  private readonly norms = new Map<string, number>();

  private idf(term: string): number {
    let idf = this.idfs.get(term);
    if (idf === undefined) {
      const n = this.docs.size, df = this.docFreq.get(term) ?? 0;
      this.idfs.set(term, idf = Math.log(1 + (n - df + 0.5) / (df + 0.5)));
    }
    return idf;
  }

  private norm(key: string, doc: IndexedDoc): number {
    let norm = this.norms.get(key);
    if (norm === undefined) this.norms.set(key, norm = K1 * (1 - B + B * doc.length / this.avgLength));
    return norm;
  }

  private scoreDistinct(key: string, terms: readonly string[]): number {
    const doc = this.docs.get(key);
    if (!doc) return 0;
    const norm = this.norm(key, doc);
    let score = 0;
    for (const term of terms) {
      const f = doc.tf.get(term);
      if (!f) continue;
      score += this.idf(term) * (f * (K1 + 1)) / (f + norm);
    }
    return score;
  }

  /** For each word, the entries holding it and how often, built on first use. */
  private postings: Map<string, { key: string; f: number; norm: number }[]> | undefined;

  /**
   * score() of every entry that shares a word with the question; every other entry scores 0. Worked
   * term by term over the entries holding each word: an entry's sum gains the same terms in the same
   * order as score() adds them, so each is the same number, without testing every term on every entry.
   */
  scores(queryTerms: readonly string[]): Map<string, number> {
    if (!this.postings) {
      this.postings = new Map();
      for (const [key, doc] of this.docs) {
        for (const [term, f] of doc.tf) {
          if (!f) continue;
          const posting = { key, f, norm: this.norm(key, doc) };
          const list = this.postings.get(term);
          if (list) list.push(posting); else this.postings.set(term, [posting]);
        }
      }
    }
    const found = new Map<string, number>();
    for (const term of new Set(queryTerms)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      for (const { key, f, norm } of list) found.set(key, (found.get(key) ?? 0) + idf * (f * (K1 + 1)) / (f + norm));
    }
    return found;
  }
}

/**
 * The index keys ("kind:id") of a list of entries, made once per list: a key built afresh for every
 * look-up costs more than the look-up (a new string is hashed each time). Only a frozen list (the
 * knowledge base's) is remembered, since only it cannot change.
 */
const keyLists = new WeakMap<readonly { id: string }[], Map<string, readonly string[]>>();
export function indexKeys(entries: readonly { id: string }[], kind: string): readonly string[] {
  if (!Object.isFrozen(entries)) return entries.map(e => `${kind}:${e.id}`);
  const byKind = keyLists.get(entries) ?? new Map<string, readonly string[]>();
  keyLists.set(entries, byKind);
  let keys = byKind.get(kind);
  if (!keys) byKind.set(kind, keys = entries.map(e => `${kind}:${e.id}`));
  return keys;
}

const indexes = new WeakMap<KnowledgeBase, RelevanceIndex>();

/** One index over every service, contact, process and level, keyed "kind:id"; built once per knowledge base. */
export function relevanceIndex(kb: KnowledgeBase): RelevanceIndex {
  const cached = indexes.get(kb);
  if (cached) return cached;
  const docs: Doc[] = [
    ...kb.services.map(s => ({ key: `service:${s.id}`, fields: [
      { text: [s.name, ...s.aliases].join(' '), weight: 3 },
      // What the service is and offers; its long criteria lists would match every passing word.
      { text: [s.summary, ...s.offers, s.provider ?? ''].join(' '), weight: 1 },
    ] })),
    ...kb.contacts.map(c => ({ key: `contact:${c.id}`, fields: [
      { text: [c.name, ...c.aliases].join(' '), weight: 3 },
      { text: [c.summary ?? '', ...c.notes, ...c.phones.map(p => p.label ?? '')].join(' '), weight: 1 },
    ] })),
    ...kb.processes.map(p => ({ key: `process:${p.id}`, fields: [
      { text: [p.title, ...p.aliases].join(' '), weight: 3 },
      { text: [p.summary, ...p.steps].join(' '), weight: 1 },
    ] })),
  ];
  const index = new RelevanceIndex(docs);
  indexes.set(kb, index);
  return index;
}
