// Maps the printed indicators a description matches (found by src/understanding) to a level of need.
// Safety rule 2: when two levels match about as well, the higher level is chosen.
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { LevelOfNeed } from '../knowledge/schema.js';
import type { IndicatorMatch } from './question.js';
import type { LevelMatch } from './route.js';

/** Levels of one authority ranked by how many of their indicators the description matches. */
export function matchLevels(kb: KnowledgeBase, authorityId: string, indicators: readonly IndicatorMatch[]): LevelMatch[] {
  const byLevel = new Map<string, { level: LevelOfNeed; score: number; matched: { domain: string; item: string }[] }>();
  for (const match of indicators) {
    const level = kb.level(match.level);
    const group = level?.indicators[match.group];
    const item = group?.items[match.item];
    if (!level || !group || item === undefined || level.authority !== authorityId) continue;
    // Sub-levels (4a, 4b, 4c) count towards their parent's rank but are reported as themselves.
    const entry = byLevel.get(level.id) ?? { level, score: 0, matched: [] };
    entry.score += match.score;
    entry.matched.push({ domain: group.domain, item });
    byLevel.set(level.id, entry);
  }
  const ranked = [...byLevel.values()].sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best) return [];
  // Escalate: a level of higher rank that scores within 85% of the best wins.
  const close = ranked.filter(r => r.score >= best.score * 0.85).sort((a, b) => b.level.rank - a.level.rank);
  const chosen = close[0] ?? best;
  return [chosen, ...ranked.filter(r => r !== chosen)].map(r => ({ level: r.level, matched: r.matched.slice(0, 6) }));
}
