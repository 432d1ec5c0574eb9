// Which knowledge entries a message is about: its words matched (BM25) against every service, contact
// and process, and against every printed indicator of a level of need. The pathway receives only these
// scored ids, never the words, so a word shared by accident can at most suggest, and decide() can weigh
// how strong the evidence is.
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { LevelOfNeed } from '../knowledge/schema.js';
import type { IndicatorMatch, ScoredEntry, Topics } from '../pathway/question.js';
import { contentTerms, indexKeys, RelevanceIndex, relevanceIndex } from './relevance.js';
import { defaultQuestionWords } from './questionWords.js';
import { namePattern, normalise, STOP_WORDS, stemOf, words } from './text.js';

/** Enough of each kind for ranking; weaker matches than these mean nothing to decide(). */
const KEEP = { entries: 15, indicators: 20 };
const FLOOR = { entry: 0.5, indicator: 2.5 };

/**
 * Adjacent words joined too, so "postnatal" meets the printed "Post natal" and "self-harm" meets "self harm".
 * Only content words: "there are no safeguarding concerns" and "there are no family/friends options" would
 * otherwise share the rare made-up words "thereare" and "areno".
 */
function withJoinedPairs(text: string): string {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  const joined = words.slice(1).map((w, i) => (STOP_WORDS.has(words[i]!) || STOP_WORDS.has(w) ? '' : `${words[i]}${w}`)).filter(Boolean);
  return `${text} ${joined.join(' ')}`;
}

interface IndicatorDoc { level: LevelOfNeed; group: number; item: number; text: string; key: string; order: number }
/** A process's names: one-word aliases as exact words, longer ones as the set of their stems ("stepping a case down" names "step down"). */
interface ProcessName { pattern?: RegExp; stems?: string[] }
export interface TopicMatcher { index: RelevanceIndex; indicatorDocs: IndicatorDoc[]; indicatorByKey: Map<string, IndicatorDoc>; indicatorIndex: RelevanceIndex; kb: KnowledgeBase; processNames: Map<string, ProcessName[]> }

export function buildTopicMatcher(kb: KnowledgeBase): TopicMatcher {
  const indicatorDocs: IndicatorDoc[] = [];
  for (const level of kb.levels) {
    level.indicators.forEach((group, g) => group.items.forEach((item, i) => {
      indicatorDocs.push({ level, group: g, item: i, text: item, key: `${level.id}:${g}:${i}`, order: indicatorDocs.length });
    }));
  }
  const indicatorIndex = new RelevanceIndex(indicatorDocs.map(d => ({ key: d.key, fields: [{ text: withJoinedPairs(d.text), weight: 1 }] })));
  const nameOf = (alias: string): ProcessName => {
    const ws = words(normalise(alias));
    return ws.length > 1 ? { stems: ws.map(stemOf) } : { pattern: namePattern(alias) };
  };
  const processNames = new Map(kb.processes.map(p => [p.id, [p.title, ...p.aliases].map(nameOf)]));
  return { index: relevanceIndex(kb), indicatorDocs, indicatorByKey: new Map(indicatorDocs.map(d => [d.key, d])), indicatorIndex, kb, processNames };
}

export function findTopics(m: TopicMatcher, text: string): Topics {
  const terms = contentTerms(text);
  const entryScores = m.index.scores(terms);
  const scored = (entries: readonly { id: string }[], kind: string): ScoredEntry[] => {
    const keys = indexKeys(entries, kind);
    const kept: ScoredEntry[] = [];
    keys.forEach((key, i) => {
      const raw = entryScores.get(key);
      if (raw === undefined) return;
      const score = Math.round(raw * 1000) / 1000;
      if (score >= FLOOR.entry) kept.push({ id: entries[i]!.id, score });
    });
    return kept.sort((a, b) => b.score - a.score).slice(0, KEEP.entries);
  };
  const question = defaultQuestionWords();
  const circumstances = contentTerms(withJoinedPairs(text)).filter(t => !question.aboutTheQuestion.has(t));
  // Kept per authority: the child's authority may not be known until a later message.
  const perAuthority = new Map<string, IndicatorMatch[]>();
  // Only indicators that share a word can reach the floor; taken in the guidance's order, as before.
  const strong: { doc: IndicatorDoc; score: number }[] = [];
  for (const [key, raw] of m.indicatorIndex.scores(circumstances)) {
    const score = Math.round(raw * 1000) / 1000;
    if (score >= FLOOR.indicator) strong.push({ doc: m.indicatorByKey.get(key)!, score });
  }
  strong.sort((a, b) => a.doc.order - b.doc.order);
  for (const { doc: d, score } of strong) {
    const list = perAuthority.get(d.level.authority);
    const match = { level: d.level.id, group: d.group, item: d.item, score };
    if (list) list.push(match); else perAuthority.set(d.level.authority, [match]);
  }
  const indicators = [...perAuthority.values()].flatMap(list => list.sort((a, b) => b.score - a.score).slice(0, KEEP.indicators));
  const normalised = normalise(text);
  const stems = new Set(words(normalised).map(stemOf));
  const namesProcess = (id: string) => (m.processNames.get(id) ?? []).some(n => {
    if (n.stems) return n.stems.every(st => stems.has(st));
    n.pattern!.lastIndex = 0;
    return n.pattern!.test(normalised);
  });
  return {
    services: scored(m.kb.services, 'service'),
    contacts: scored(m.kb.contacts, 'contact'),
    processes: scored(m.kb.processes, 'process').map(e => (namesProcess(e.id) ? { ...e, named: true } : e)),
    indicators,
    worried: question.worry.test(text),
    asksForIndicators: question.asksForIndicators.test(text),
  };
}

/** A follow-on message ("she's 7, in Mansfield") adds to what the question was about: the stronger score wins. */
export function mergeTopics(before: Topics, after: Topics): Topics {
  const merge = <T extends { score: number }>(a: readonly T[], b: readonly T[], key: (x: T) => string, keep: number): T[] => {
    const best = new Map<string, T>();
    for (const x of [...a, ...b]) { const k = key(x); if (!best.has(k) || best.get(k)!.score < x.score) best.set(k, x); }
    return [...best.values()].sort((x, y) => y.score - x.score).slice(0, keep);
  };
  return {
    services: merge(before.services, after.services, e => e.id, KEEP.entries),
    contacts: merge(before.contacts, after.contacts, e => e.id, KEEP.entries),
    processes: merge(before.processes, after.processes, e => e.id, KEEP.entries),
    indicators: merge(before.indicators, after.indicators, e => `${e.level}|${e.group}|${e.item}`, KEEP.indicators * 3),
    worried: before.worried || after.worried,
    asksForIndicators: before.asksForIndicators || after.asksForIndicators,
  };
}
