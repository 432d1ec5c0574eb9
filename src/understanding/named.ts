// Services, contacts and levels of need the user names: "cygnet", "the MASH", "EDT city", "level 3".
// Full names and aliases match as phrases; a service's distinctive word ("Cygnet", "Kooth") matches
// alone, and long words tolerate a typo.
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { firstWordOf, namePattern, normalise, phrasePattern, typedWords, typoDistance, withFirstWordIn, words } from './text.js';

interface NamePattern { id: string; pattern: RegExp; firstWord: string; weight: number; distinctiveWord?: string }
interface LevelPattern { id: string; authority: string; pattern: RegExp; everyday: boolean }
export interface NameIndex { services: NamePattern[]; contacts: NamePattern[]; levels: LevelPattern[] }

/** Level names that are also everyday words ("Protection", "Early Help", "child protection concerns"). */
const isEverydayLevelName = (name: string): boolean => !/\d/.test(name) && (words(name).length === 1 || /\b(early help|protection|children in need)\b/.test(name));
/** How people shorten level names: "Complex or serious needs" -> "complex", "serious needs"; "Extensive Support" -> "extensive". */
function shortLevelNames(name: string): string[] {
  const all = words(normalise(name));
  if (/\d/.test(name) || !/^(needs|support)$/.test(all.at(-1) ?? '')) return [];
  const alternatives = normalise(name).split(/\s+or\s+/);
  // "Emerging needs" -> "emerging"; "Low level needs" stays whole (its first word alone means nothing).
  return alternatives.length > 1 || all.length === 2 ? [all[0]!, ...alternatives.slice(1)] : [];
}
/** Words that make an everyday level name mean the level: "is this early help or level 3?", "additional needs". */
const LEVEL_CONTEXT = /\b(level|levels|threshold|thresholds|tier|category|count as|counts as|meets?|is (this|it|that)|would (this|it|that) be|listed|list under|listed under|heading|indicators|under the guidance|in the guidance)\b/;

/** Words in names that say what kind of thing it is, not which one. */
const GENERIC = new Set(('service services team teams programme program parenting parent parents support group groups family families ' +
  'children child young people person centre center line lines project partnership nottinghamshire nottingham derby city county council ' +
  'health care social sessions session workshop workshops hub early help the and for with of in to a an new one ' +
  // Everyday words that happen to be unique within one name ("referral", "level", "first"): alone they name nothing.
  'abuse access action adolescent advice agency around assessment awareness behaviours borough centres concerning ' +
  'conferencing contacts crime crisis direct disability disabled district domestic enquiries first graduated guides ' +
  'healthcare healthy homeless homelessness housing integrated intervention justice level local missing misuse nurse ' +
  "officer options pathway person's persons point police practitioner prevent prevention priority protection psychosis " +
  "public referral referrals resource sexual single sleep south space speak strategic substance systemic targeted therapy " +
  "transition treatment violence volunteer wellbeing what's women's years youth channel sharp sound steps small stepping stones " +
  "live well weight needs higher panel funding children's contact education school schools management case duty " +
  'emergency information advice start refer under offer').split(' '));

function patternsFor(entries: readonly { id: string; name: string; aliases: readonly string[] }[], placeWords: ReadonlySet<string>): NamePattern[] {
  const wordCount = new Map<string, number>();
  for (const e of entries) for (const w of new Set(words(normalise(e.name)))) wordCount.set(w, (wordCount.get(w) ?? 0) + 1);
  return entries.flatMap(e => {
    const phrases = [e.name, ...e.aliases].map(normalise).filter(p => p.length >= 3);
    // A bracketed note in a name ("(how to refer)") is not part of what people call it.
    const distinctive = words(normalise(e.name.replace(/\(.*?\)/g, ' '))).filter(w => w.length >= 5 && !GENERIC.has(w) && !placeWords.has(w) && wordCount.get(w) === 1);
    return [
      ...phrases.map(p => ({ id: e.id, pattern: namePattern(p), firstWord: firstWordOf(p), weight: 2 + words(p).length })),
      ...distinctive.map(w => ({ id: e.id, pattern: namePattern(w), firstWord: firstWordOf(w), weight: 1, distinctiveWord: w })),
    ];
  });
}

/** `placeWords`: gazetteer words, which name an area, not a service ("Rushcliffe" is not Rushcliffe housing). */
export function buildNameIndex(kb: KnowledgeBase, placeWords: ReadonlySet<string> = new Set()): NameIndex {
  return {
    services: patternsFor(kb.services, placeWords),
    contacts: patternsFor(kb.contacts, placeWords),
    // "Child in need of protection" names "Children in Need of Protection" as well.
    levels: kb.levels.flatMap(l => [l.name, ...(l.title ? [l.title] : []), ...shortLevelNames(l.name)].map(normalise)
      .flatMap(n => (/\bchildren\b/.test(n) ? [n, n.replace(/\bchildren\b/g, 'child')] : [n])).map(n => ({
      id: l.id, authority: l.authority, pattern: phrasePattern(n), everyday: isEverydayLevelName(n),
    }))),
  };
}

function matchNames(patterns: readonly NamePattern[], text: string): string[] {
  const best = new Map<string, number>();
  // A short name in the plural or possessive ("VCMs", "MASHs") starts with the singular word.
  const typed = typedWords(text);
  for (const w of [...typed]) if (w.length > 2 && w.length <= 6 && w.endsWith('s')) typed.add(w.slice(0, -1));
  for (const { id, pattern, weight } of withFirstWordIn(patterns, typed)) {
    pattern.lastIndex = 0;
    if (pattern.test(text)) best.set(id, Math.max(best.get(id) ?? 0, weight));
  }
  return [...best.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/** One slip in a long distinctive word, a swapped pair included: "cygent", "childine". */
function fuzzyNames(patterns: readonly NamePattern[], text: string): string[] {
  const typed = words(text).filter(w => w.length >= 6);
  const found = new Set<string>();
  for (const { id, distinctiveWord: word } of patterns) {
    if (!word || word.length < 6) continue;
    if (typed.some(t => t[0] === word[0] && Math.abs(t.length - word.length) <= 1 && typoDistance(t, word) === 1)) found.add(id);
  }
  return [...found];
}

/** Short forms people type for words in names. */
const ABBREVIATIONS: [RegExp, string][] = [[/\binfo\b/g, 'information'], [/\bsvc\b/g, 'service'], [/\bdept\b/g, 'department'], [/\bno\.(?=\s|$)/g, 'number']];
const expand = (text: string): string => ABBREVIATIONS.reduce((t, [short, long]) => t.replace(short, long), text);

export function findNamed(index: NameIndex, original: string): { services: string[]; contacts: string[] } {
  const text = expand(normalise(original));
  const services = matchNames(index.services, text);
  const contacts = matchNames(index.contacts, text);
  return {
    services: services.length ? services : fuzzyNames(index.services, text),
    contacts: contacts.length ? contacts : fuzzyNames(index.contacts, text),
  };
}

/** Level ids named in the message, narrowed to the case's authority when one is known. */
export function findLevels(index: NameIndex, original: string, authority?: string): string[] {
  const text = normalise(original);
  const named = index.levels.flatMap(l => {
    l.pattern.lastIndex = 0;
    const m = l.pattern.exec(text);
    if (!m) return [];
    const end = m.index + m[0].length;
    return [{ level: l, start: m.index, end, followedByNeeds: /^\s*(needs?|support)\b/.test(text.slice(end)) }];
  });
  // Two levels named apart ("emerging or complex?") are a comparison of levels, whatever the words.
  const inContext = LEVEL_CONTEXT.test(text) || named.some(a => named.some(b => b.start >= a.end));
  const found = named.filter(n => !n.level.everyday || inContext || n.followedByNeeds).map(n => n.level);
  const inArea = authority ? found.filter(l => l.authority === authority) : found;
  return [...new Set((inArea.length ? inArea : found).map(l => l.id))];
}

const WHY_NOT = /\bwhy (not|isn'?t|aren'?t|wasn'?t|can'?t|couldn'?t|doesn'?t|didn'?t|wouldn'?t|no)\b|\bwhy (was|is|were) .{1,40} (ruled out|excluded|not (suitable|eligible|included|offered|listed))\b|\bwhat about\b|\bhow come\b.{0,40}\bnot\b/;

export const asksWhyNot = (original: string): boolean => WHY_NOT.test(normalise(original));
