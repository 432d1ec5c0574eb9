// Which printed lines of the guidance a question about the guidance itself asks for ("how does Pathway to
// Provision define neglect?", "at what age must a child left home alone be referred?"). Every level's
// definition and indicators are matched together with the heading they are printed under, so "neglect"
// finds the lines under "What is neglect?" although the definition's own words do not repeat it.
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { GuidanceLine } from '../pathway/question.js';
import { contentTerms, RelevanceIndex } from './relevance.js';
import { normalise, stemOf, words } from './text.js';

/** A heading says what all its lines are about: matching it counts for more than a word in one line. */
const HEADING_WEIGHT = 2;
/** Below this a line shares too little with the question to be quoted (the indicators' floor in topics.ts). */
const FLOOR = 2.5;
/** The score of a named level's own lines when the level is all that is asked for: as strong as a line can be. */
const LEVEL_ASKED_FOR = 10;
/** Enough for each authority's best lines: which authority's are quoted is decided by the case. */
const KEPT = 24;

/**
 * A text's terms as full stems, so that "escalating self-harm" meets the printed "Escalation of self
 * harming" (the relevance index's light stems keep "escalat" and "escalation" apart), with each two adjacent
 * words joined too ("post natal", "self harm"), as topics.ts does. Words in `drop` are left out, and so is
 * every pair with one of them, so that "extensive support" makes no term once its level's name is dropped.
 */
function termsOf(text: string, drop: ReadonlySet<string> = new Set()): string[] {
  const raw = words(normalise(text));
  // A stopword ("the", "child") is no term, and joins no pair.
  const kept = raw.map(w => (contentTerms(w).length ? stemmedTerm(w) : undefined)).map(t => (t && !drop.has(t) ? t : undefined));
  const pairs = kept.slice(1).flatMap((t, i) => (t && kept[i] ? [stemmedTerm(`${raw[i]}${raw[i + 1]}`)] : []));
  return [...kept.filter((t): t is string => !!t), ...pairs.filter(t => !drop.has(t))];
}
const stemmedTerm = (word: string): string => contentTerms(stemOf(word))[0] ?? stemOf(word);
/** termsOf() as the relevance index will hold them (it reads its fields through contentTerms). */
const indexTerms = (text: string, drop?: ReadonlySet<string>): string[] => contentTerms(termsOf(text, drop).join(' '));

interface LineDoc { line: Omit<GuidanceLine, 'score' | 'covers'>; heading: string; order: number; terms: ReadonlySet<string> }
export interface GuidanceLineMatcher {
  lines: RelevanceIndex;
  headings: RelevanceIndex;
  docs: Map<string, LineDoc>;
  /** Words that only say the message is about the guidance ("training", "define", "level"). */
  frame: ReadonlySet<string>;
  /** Each heading's terms, by heading key. */
  headingTerms: Map<string, ReadonlySet<string>>;
  /** Each level's authority, so a question that names one ("the Notts guidance") reads only its lines. */
  levelAuthority: ReadonlyMap<string, string>;
  /** Each level's own name words, left out when the message names that level ("Extensive support"). */
  levelNames: Map<string, string[]>;
}

export function buildGuidanceLineMatcher(kb: KnowledgeBase, framePhrases: readonly string[]): GuidanceLineMatcher {
  const docs = new Map<string, LineDoc>();
  const lines: { key: string; fields: { text: string; weight: number }[] }[] = [];
  const headings = new Map<string, string>();
  const add = (line: Omit<GuidanceLine, 'score' | 'covers'>, text: string, heading: string) => {
    const key = `${line.level}:${line.group}:${line.item}`;
    const headingKey = `${line.level}:${line.group}`;
    docs.set(key, { line, heading: headingKey, order: docs.size, terms: new Set([...indexTerms(text), ...indexTerms(heading)]) });
    lines.push({ key, fields: [{ text: termsOf(text).join(' '), weight: 1 }] });
    headings.set(headingKey, termsOf(heading).join(' '));
  };
  for (const level of kb.levels) {
    add({ level: level.id, group: -1, item: 0 }, level.definition, `${level.name} ${level.title ?? ''}`);
    level.indicators.forEach((group, g) => group.items.forEach((item, i) => add({ level: level.id, group: g, item: i }, item, group.domain)));
  }
  const headingDocs = [...headings].map(([key, text]) => ({ key, fields: [{ text, weight: 1 }] }));
  return {
    lines: new RelevanceIndex(lines),
    headings: new RelevanceIndex(headingDocs),
    docs,
    headingTerms: new Map([...headings].map(([key, text]) => [key, new Set(contentTerms(text))])),
    frame: new Set(framePhrases.flatMap(p => termsOf(p))),
    levelNames: new Map(kb.levels.map(l => [l.id, termsOf(`${l.name} ${l.title ?? ''}`)])),
    levelAuthority: new Map(kb.levels.map(l => [l.id, l.authority])),
  };
}

/**
 * The lines that answer the question, best first; `levelsNamed` are the level ids the message names, and
 * `authority` the authority it names, whose lines alone are read ("what does the Notts guidance list under...").
 */
export function findGuidanceLines(m: GuidanceLineMatcher, text: string, levelsNamed: readonly string[] = [], authority?: string): GuidanceLine[] {
  const drop = new Set([...m.frame, ...levelsNamed.flatMap(id => m.levelNames.get(id) ?? [])]);
  const terms = [...new Set(indexTerms(text, drop))];
  // "What does the guidance list under Level 4b?" asks for nothing the level's own lines do not hold
  // better than any other level's: those lines, as printed.
  // Two levels named ("Extensive support and Protection") are taken in turn, each one's definition first.
  const levelLines = (): GuidanceLine[] => {
    const own = levelsNamed.filter(id => !authority || m.levelAuthority.get(id) === authority)
      .map(id => [...m.docs.values()].filter(doc => doc.line.level === id));
    const turns = Math.max(0, ...own.map(list => list.length));
    return Array.from({ length: turns }, (_, i) => own.flatMap(list => (list[i] ? [list[i]] : []))).flat()
      .slice(0, KEPT).map(doc => ({ ...doc.line, score: LEVEL_ASKED_FOR, covers: [] }));
  };
  if (!terms.length && levelsNamed.length) return levelLines();
  const byLine = m.lines.scores(terms);
  const byHeading = m.headings.scores(terms);
  // A word the heading has counts once, through the heading: every line under "What is neglect?" defines
  // neglect, whether or not the line repeats the word.
  const scored = [...m.docs].flatMap(([key, doc]) => {
    if (authority && m.levelAuthority.get(doc.line.level) !== authority) return [];
    const heading = byHeading.get(doc.heading) ?? 0;
    if (!heading && !byLine.has(key)) return [];
    const ownTerms = heading ? terms.filter(t => !m.headingTerms.get(doc.heading)!.has(t)) : terms;
    const own = heading ? m.lines.score(key, ownTerms) : byLine.get(key)!;
    return [{ doc, score: own + HEADING_WEIGHT * heading }];
  });
  if (levelsNamed.length && !scored.some(s => s.score >= FLOOR && levelsNamed.includes(s.doc.line.level))) return levelLines();
  return scored
    .filter(s => s.score >= FLOOR)
    .sort((a, b) => b.score - a.score || a.doc.order - b.doc.order)
    .slice(0, KEPT)
    .map(s => ({ ...s.doc.line, score: Math.round(s.score * 1000) / 1000, covers: terms.flatMap((t, i) => (s.doc.terms.has(t) ? [i] : [])) }));
}
