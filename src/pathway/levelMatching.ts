// Maps the printed indicators a description matches (found by src/understanding) to a level of need.
// Safety rule 2: when two levels match about as well, the higher level is chosen.
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { LevelOfNeed } from '../knowledge/schema.js';
import type { IndicatorMatch } from './question.js';
import type { LevelMatch } from './route.js';

interface ScoredLevel { level: LevelOfNeed; score: number; matched: { domain: string; item: string }[] }

/** Levels of one authority ranked by how many of their indicators the description matches. */
export function matchLevels(kb: KnowledgeBase, authorityId: string, indicators: readonly IndicatorMatch[]): LevelMatch[] {
  return rankLevels(kb, authorityId, indicators).map(r => ({ level: r.level, matched: r.matched.slice(0, 6) }));
}

/**
 * The level the description reads as, and the next only where its evidence is at least half the first's:
 * a stray indicator or two in common ("socially isolated" beside a family's low income, new to the area)
 * does not put another level, its services and its front door, beside the answer.
 */
export function levelsToShow(kb: KnowledgeBase, authorityId: string, indicators: readonly IndicatorMatch[]): LevelMatch[] {
  const ranked = rankLevels(kb, authorityId, indicators);
  const best = Math.max(0, ...ranked.map(r => r.score));
  return ranked.slice(0, 2).filter((r, i) => i === 0 || r.score >= best * 0.5).map(r => ({ level: r.level, matched: r.matched.slice(0, 6) }));
}

function rankLevels(kb: KnowledgeBase, authorityId: string, indicators: readonly IndicatorMatch[]): ScoredLevel[] {
  const byLevel = new Map<string, ScoredLevel>();
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
  return [chosen, ...ranked.filter(r => r !== chosen)];
}
