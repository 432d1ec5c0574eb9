// Maps a description of a family's circumstances to the level of need whose printed indicators it
// matches. Safety rule 2: when two levels match about as well, the higher level is chosen.
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { LevelOfNeed } from '../knowledge/schema.js';
import type { LevelMatch } from './route.js';
import { contentTerms, RelevanceIndex } from './relevance.js';

interface IndicatorDoc { level: LevelOfNeed; domain: string; item: string; key: string }

/** Words about the question, not the family: "what level is this", "does it meet the threshold". */
const QUESTION_WORDS = new Set(['level', 'tier', 'threshold', 'meet', 'count', 'mean', 'sit', 'criteria', 'indicator', 'sign',
  'guidance', 'document', 'nottinghamshire', 'notts', 'county', 'city', 'nottingham', 'derby', 'case', 'would', 'should']);

/** Adjacent words joined too, so "postnatal" meets the printed "Post natal" and "self-harm" meets "self harm". */
function withJoinedPairs(text: string): string {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  return `${text} ${words.slice(1).map((w, i) => `${words[i]}${w}`).join(' ')}`;
}

const circumstanceTerms = (text: string): string[] => contentTerms(withJoinedPairs(text)).filter(t => !QUESTION_WORDS.has(t));

const indicatorIndexes = new WeakMap<KnowledgeBase, { docs: IndicatorDoc[]; index: RelevanceIndex }>();

function indicatorIndex(kb: KnowledgeBase) {
  const cached = indicatorIndexes.get(kb);
  if (cached) return cached;
  const docs: IndicatorDoc[] = [];
  for (const level of kb.levels) {
    level.indicators.forEach((group, g) => group.items.forEach((item, i) => {
      docs.push({ level, domain: group.domain, item, key: `${level.id}:${g}:${i}` });
    }));
  }
  const built = { docs, index: new RelevanceIndex(docs.map(d => ({ key: d.key, fields: [{ text: withJoinedPairs(d.item), weight: 1 }] }))) };
  indicatorIndexes.set(kb, built);
  return built;
}

/** Levels of one authority ranked by how many of their indicators the description matches. */
export function matchLevels(kb: KnowledgeBase, authorityId: string, description: string): LevelMatch[] {
  const { docs, index } = indicatorIndex(kb);
  const terms = circumstanceTerms(description);
  const byLevel = new Map<string, { level: LevelOfNeed; score: number; matched: { domain: string; item: string }[] }>();
  for (const doc of docs) {
    if (doc.level.authority !== authorityId) continue;
    const score = index.score(doc.key, terms);
    if (score < 2.5) continue;
    // Sub-levels (4a, 4b, 4c) count towards their parent's rank but are reported as themselves.
    const entry = byLevel.get(doc.level.id) ?? { level: doc.level, score: 0, matched: [] };
    entry.score += score;
    entry.matched.push({ domain: doc.domain, item: doc.item });
    byLevel.set(doc.level.id, entry);
  }
  const ranked = [...byLevel.values()].sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best) return [];
  // Escalate: a level of higher rank that scores within 85% of the best wins.
  const close = ranked.filter(r => r.score >= best.score * 0.85).sort((a, b) => b.level.rank - a.level.rank);
  const chosen = close[0] ?? best;
  return [chosen, ...ranked.filter(r => r !== chosen)].map(r => ({ level: r.level, matched: r.matched.slice(0, 6) }));
}
