// How fast the lookup answers typical helpline queries, as typed keystroke by keystroke.
// The page searches on every pause in typing, so each query must come back well inside 50 ms.
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { lookup } from './search.js';

const TYPICAL_QUERIES = ['mash', 'edt city', 'cygnet', 'kooth', 'first contact derby', 'children and families direct', 'early help notts', '0300 500', 'small steps', 'camhs'];

/** Every prefix of every typical query, as the page would send them while typing. */
const keystrokes = (): string[] => TYPICAL_QUERIES.flatMap(q => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));

export interface LookupTiming { queries: number; meanMs: number; p95Ms: number; worstMs: number }

export function measureLookup(kb: KnowledgeBase, now: Date, rounds = 3): LookupTiming {
  lookup(kb, 'warm up', now);
  const timings: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of keystrokes()) {
      const start = performance.now();
      lookup(kb, query, now);
      timings.push(performance.now() - start);
    }
  }
  timings.sort((a, b) => a - b);
  return {
    queries: timings.length,
    meanMs: timings.reduce((a, b) => a + b, 0) / timings.length,
    p95Ms: timings[Math.floor(timings.length * 0.95)] ?? 0,
    worstMs: timings[timings.length - 1] ?? 0,
  };
}
