// A question about the guidance itself ("how does Pathway to Provision define neglect?") is answered with
// the printed lines it asks for, word for word, under their level and heading, with the document they are
// from: a trainer needs the wording, not a referral route.
import { sourceTitle } from '../knowledge/citation.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { GuidanceLine } from './question.js';

/** A line scoring under this share of the best one answers a different part of the guidance. */
const NEAR_BEST = 0.75;
/** The best line must match at least this well ("abuse of power in Macbeth" shares a word, no more). */
const STRONG = 6;
/** Enough lines to compare a need across the levels ("self-harm at each level"), few enough to read aloud. */
const MOST = 4;

/**
 * The best lines as paragraphs, one per level in the order the levels are printed, each heading once.
 * With the child's authority known, only its guidance is quoted when it has a matching line; otherwise the
 * authority of the best line. Levels named in the question narrow the lines to theirs.
 */
export function quoteGuidance(kb: KnowledgeBase, found: readonly GuidanceLine[], authorityId?: string, levelsNamed: readonly string[] = []): string[] {
  const authorityOf = (l: GuidanceLine) => kb.level(l.level)?.authority;
  // "How does self-harm at Level 2 differ from Level 3?": the levels named, when they have a matching line.
  const inLevels = found.filter(l => levelsNamed.includes(l.level) || levelsNamed.includes(kb.level(l.level)?.parent ?? ''));
  const lines = inLevels.length ? inLevels : found;
  if (!lines.length) return [];
  const own = lines.filter(l => authorityOf(l) === authorityId);
  const pool = own.length ? own : lines.filter(l => authorityOf(l) === authorityOf(lines[0]!));
  const best = Math.max(0, ...pool.map(l => l.score));
  if (best < STRONG) return [];
  // Lines near the best answer the same part of the question; a weaker line is quoted only for a part no
  // line chosen so far answers ("what level is X, and what level is Y?").
  const chosen: GuidanceLine[] = [];
  const covered = new Set<number>();
  for (const line of [...pool].sort((a, b) => b.score - a.score)) {
    if (chosen.length === MOST) break;
    if (line.score < best * NEAR_BEST && line.covers.every(i => covered.has(i))) continue;
    chosen.push(line);
    line.covers.forEach(i => covered.add(i));
  }
  const levelOrder = new Map(kb.levels.map((level, i) => [level.id, i]));
  chosen.sort((a, b) => levelOrder.get(a.level)! - levelOrder.get(b.level)! || a.group - b.group || a.item - b.item);
  const levels = [...new Set(chosen.map(l => l.level))];
  return levels.flatMap(id => {
    const level = kb.level(id);
    if (!level) return [];
    const authority = kb.authority(level.authority)?.name ?? level.authority;
    const source = sourceTitle(kb, level.citation.source);
    const said: string[] = [];
    let heading: number | undefined;
    for (const l of chosen.filter(c => c.level === id)) {
      if (l.group < 0) { said.push(`Definition: "${level.definition}"`); continue; }
      const group = level.indicators[l.group];
      const item = group?.items[l.item];
      if (!group || !item) continue;
      if (l.group !== heading) said.push(`${group.domain}:`);
      heading = l.group;
      said.push(`- "${item}"`);
    }
    const title = level.title ? `${level.name} (${level.title})` : level.name;
    return said.length ? [`${title}, ${authority}, ${source}:\n${said.join('\n')}`] : [];
  });
}
