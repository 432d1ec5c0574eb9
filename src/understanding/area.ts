// Where the child lives, from the knowledge base's gazetteer (authorities, districts, towns and
// neighbourhoods with their aliases), tolerant of typos ("Rushclife", "Mansfeild"). Two different
// authorities for one name is a question, not a guess; a named place outside the gazetteer is reported
// as unknown so the bot can say it does not cover it.
import natural from 'natural';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { AreaRef } from '../pathway/caseFacts.js';
import type { MissingFact } from '../pathway/route.js';
import { firstWordOf, normalise, phrasePattern, STOP_WORDS, stemOf, typoDistance, typedWords, withFirstWordIn, words } from './text.js';

interface GazetteerEntry { phrase: string; pattern: RegExp; firstWord: string; words: number; ref: Omit<AreaRef, 'asTyped' | 'unknown'>; specificity: number; bare?: boolean }

/** Names of five letters or more, by first letter (a typo rarely changes the first letter). */
type FuzzyTargets = Map<string, { entry: GazetteerEntry; spaced: string; letters: Int8Array }[]>;
/** `vocabulary`: stems of the words this domain uses, to tell "camhs city" (ours) from "Leicester city". */
export interface Gazetteer { entries: GazetteerEntry[]; fuzzyTargets: FuzzyTargets; knownWords: Set<string>; homeAuthorities: Set<string>; vocabulary?: ReadonlySet<string> }

export function buildGazetteer(kb: KnowledgeBase, vocabulary?: ReadonlySet<string>): Gazetteer {
  const entries: GazetteerEntry[] = [];
  const add = (names: readonly string[], ref: GazetteerEntry['ref'], specificity: number, bare = false) => {
    for (const name of names) {
      const phrase = normalise(name);
      if (phrase.length < 3) continue;
      entries.push({ phrase, pattern: phrasePattern(phrase), firstWord: firstWordOf(phrase), words: phrase.split(/[\s-]+/).length, ref, specificity, ...(bare ? { bare } : {}) });
    }
  };
  for (const a of kb.authorities) {
    add([a.name, ...a.aliases], { authority: a.id }, 1);
    add(a.bareAliases, { authority: a.id }, 1, true);
  }
  for (const d of kb.districts) add([d.name, ...d.aliases], { authority: d.authority, district: d.id, place: d.name }, 2);
  for (const p of kb.places) {
    const authority = p.authority ?? (p.district ? kb.district(p.district)?.authority : undefined);
    add([p.name, ...p.aliases], { authority, district: p.district, place: p.name }, 3);
  }
  // "City centre", "county hall": names that begin with a bare alias share its guard ("Leicester city centre").
  const bareWords = new Set(kb.authorities.flatMap(a => a.bareAliases.map(w => normalise(w))));
  for (const e of entries) if (bareWords.has(e.firstWord)) e.bare = true;
  entries.sort((a, b) => b.phrase.length - a.phrase.length);
  const fuzzyTargets: FuzzyTargets = new Map();
  // Bare aliases are matched exactly or not at all: their guard needs the words around them.
  for (const entry of entries.filter(e => e.phrase.replace(/[^a-z]/g, '').length >= 5 && !e.bare)) {
    const letter = entry.phrase[0]!;
    const spaced = entry.phrase.replace(/-/g, ' ');
    fuzzyTargets.set(letter, [...(fuzzyTargets.get(letter) ?? []), { entry, spaced, letters: letterCounts(spaced) }]);
  }
  return { entries, fuzzyTargets, knownWords: new Set(entries.flatMap(e => e.phrase.split(/[\s-]+/))), homeAuthorities: new Set(kb.authorities.filter(a => a.kind === 'home').map(a => a.id)), ...(vocabulary ? { vocabulary } : {}) };
}

export interface AreaFinding {
  area?: AreaRef;
  candidates: AreaRef[];
  /** A place the guide does not know, named as where someone came from or is ("brought over from Albania"), not where the child lives. */
  notHome?: boolean;
}

/** Words that are never place names, so fuzzy matching and "in <Place>" leave them alone. */
const NOT_PLACES = new Set(('school class nursery college year reception care hospital need danger touch order crisis house home ' +
  'january february march april may june july august september october november december monday tuesday wednesday thursday ' +
  'friday saturday sunday morning afternoon evening night the a an my his her their our this that general teams chat ' +
  'which where what there here about behaviour bedtime children support service services family families ' +
  'parent parents mother father social worker teacher nurse health visitor camhs mash adhd autism').split(' '));

/** How many of each letter a-z: a cheap bound that rules most pairs out before an edit distance. */
function letterCounts(s: string): Int8Array {
  const counts = new Int8Array(26);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) counts[c]!++;
  }
  return counts;
}

/** Each edit changes at most two letter counts by one, so two edits differ by at most four. */
function withinTwoEdits(a: Int8Array, b: Int8Array): boolean {
  let difference = 0;
  for (let i = 0; i < 26; i++) difference += Math.abs(a[i]! - b[i]!);
  return difference <= 4;
}

const similar = (a: string, b: string): boolean => {
  if (a[0] !== b[0] || Math.abs(a.length - b.length) > 2) return false;
  const distance = typoDistance(a, b); // a swapped pair ("ei"/"ie") is one slip
  const allowed = a.length >= 8 ? 2 : 1;
  return distance <= allowed && natural.JaroWinklerDistance(a, b) >= 0.9;
};

const toRef = (entry: GazetteerEntry, asTyped: string): AreaRef => ({ ...entry.ref, asTyped, unknown: false });

/**
 * A bare alias stands alone at the start or after a word of this domain ("camhs city", "mash county"); not
 * after another place's name ("Leicester city"), a word like "another", or before "lines" ("county lines").
 */
function bareAliasStandsAlone(gazetteer: Gazetteer, text: string, start: number, end: number): boolean {
  if (/^\s*lines?\b/.test(text.slice(end))) return false;
  const before = text.slice(0, start).match(/([a-z']+)\s*$/)?.[1];
  // "the city" is an alias of its own; after "another", "a" or "in" it is some other city.
  return !before || (!STOP_WORDS.has(before) && (!gazetteer.vocabulary || gazetteer.vocabulary.has(stemOf(before))));
}

function exactMatches(gazetteer: Gazetteer, text: string): { entry: GazetteerEntry; asTyped: string }[] {
  const taken: [number, number, string][] = [];
  const found: { entry: GazetteerEntry; asTyped: string }[] = [];
  const typed = typedWords(text);
  for (const entry of withFirstWordIn(gazetteer.entries, typed)) {
    entry.pattern.lastIndex = 0;
    for (const m of text.matchAll(entry.pattern)) {
      const start = m.index, end = start + m[0].length;
      if (entry.bare && !bareAliasStandsAlone(gazetteer, text, start, end)) continue;
      // The same words may name places in two authorities: keep both, so the bot can ask which.
      if (taken.some(([s, e, phrase]) => start < e && end > s && !(s === start && e === end && phrase === entry.phrase))) continue;
      taken.push([start, end, entry.phrase]);
      found.push({ entry, asTyped: m[0] });
    }
  }
  return found;
}

function fuzzyMatches(gazetteer: Gazetteer, text: string): { entry: GazetteerEntry; asTyped: string }[] {
  const tokens = text.match(/[a-z]+/g) ?? [];
  const grams = [...tokens.map(t => [t]), ...tokens.slice(1).map((t, i) => [tokens[i]!, t])];
  const found: { entry: GazetteerEntry; asTyped: string }[] = [];
  for (const gram of grams) {
    const typed = gram.join(' ');
    // Five-letter words sit one slip from too many names ("lines" ~ "Lincs"): single words need six.
    if (typed.replace(/ /g, '').length < (gram.length === 1 ? 6 : 5) || gram.some(w => NOT_PLACES.has(w))) continue;
    if (gram.length === 1 && gazetteer.knownWords.has(typed)) continue;
    const letters = letterCounts(typed);
    const target = gazetteer.fuzzyTargets.get(typed[0]!)?.find(t => t.entry.words === gram.length && withinTwoEdits(letters, t.letters) && similar(typed, t.spaced));
    if (target) found.push({ entry: target.entry, asTyped: typed });
  }
  return found;
}

/** Words just before a place that make it where the child lives, or is about to ("moving to Leicester"). */
const RESIDENCE = /\b(lives?|living|resident|resides|home is|moved|moving|relocating|from)\b[^.,;]*$/;

/** Words just before a place that rule it out: "not city", "(not the county)", "isn't in Derby". */
const RULED_OUT = /\b(not|isn'?t|aren'?t|never)\s+(?:in\s+)?(?:the\s+)?$/;

/** "Moved over from Doncaster last week": where the family lived before, not where the child lives now. */
/** "Moved to Arnold from Derby", "moved over from Doncaster": the place after "from" is where they lived before. */
const FORMER_HOME = /\b(moved|moving|came|come|relocated|brought|fled)\b[^.,;]{0,30}\bfrom\s*$/;

/** "I live in Sherwood Rise" (the writer alone): the writer's home, which gives way to where the child is said to live. */
const WRITERS_HOME = /\bi (live|am living|'m living|moved|'ve moved|have moved)\b[^.,;]*$/;

/** Words just after the writer's home that set it apart from the child's ("myself", "though", "so I don't know"). */
const WRITER_APART = /^[^.;]{0,12}\b(myself|though|tho|so i don'?t know|but (she|he|they|the child|the kids?|my))\b/;

/** The words before an unknown place that say the child lives there. */
const RESIDENCE_CUE = /^(lives? in|living in|based in|moved to)\b/;

const UNKNOWN_PLACE = /\b(?:in|from|lives? in|living in|based in|near|moved to|at)\s+((?:[A-Z][a-z]+)(?:[ -](?:upon|on|under|in|le)?[ -]?[A-Z][a-z]+)?)/g;

function unknownPlace(gazetteer: Gazetteer, original: string, expecting?: MissingFact): { area: AreaRef; notHome?: boolean } | undefined {
  for (const m of original.matchAll(UNKNOWN_PLACE)) {
    const name = m[1]!;
    if (NOT_PLACES.has(name.toLowerCase().split(/[ -]/)[0]!)) continue;
    return { area: { asTyped: name, unknown: true }, ...(RESIDENCE_CUE.test(m[0]) ? {} : { notHome: true }) };
  }
  const short = original.trim().replace(/[.!?]$/, '');
  if (expecting === 'area' && /^[A-Za-z][A-Za-z' -]{2,30}$/.test(short) && short.split(/\s+/).length <= 3 && !NOT_PLACES.has(short.toLowerCase())
    && !/\b(yes|no|not sure|don'?t know|unknown|dunno|idk|why|help|start|cancel)\b/i.test(short)) {
    return { area: { asTyped: short, unknown: true } };
  }
  return undefined;
}

export function findArea(gazetteer: Gazetteer, original: string, expecting?: MissingFact): AreaFinding {
  const text = normalise(original);
  // "For the county (not city)", "Bawtry, not Notts": a place the writer rules out is no candidate.
  let matches = exactMatches(gazetteer, text).filter(m => {
    const at = text.indexOf(m.asTyped);
    return !RULED_OUT.test(text.slice(Math.max(0, at - 20), at));
  });
  if (!matches.length) {
    const unknown = unknownPlace(gazetteer, original, expecting);
    // A near-miss on one word of a longer name ("Milton" in "Milton Keynes") is not that place.
    matches = fuzzyMatches(gazetteer, text).filter(m => !unknown || words(m.asTyped).length >= words(unknown.area.asTyped.toLowerCase()).length);
    if (!matches.length) return { area: unknown?.area, candidates: [], ...(unknown?.notHome ? { notHome: true } : {}) };
  }
  const best = Math.max(...matches.map(m => m.entry.specificity));
  const specific = matches.filter(m => m.entry.specificity === best);
  const authorities = new Set(specific.map(m => m.entry.ref.authority));
  // "Lives in Gedling, found in a flat in Radford": where the child lives decides, however specific the other place.
  // The cue belongs to the first place after it: the words since the previous place, not across it.
  const startOf = (m: { asTyped: string }) => text.indexOf(m.asTyped);
  const cueText = (m: { asTyped: string }) => {
    const previousEnd = Math.max(0, ...matches.filter(o => startOf(o) < startOf(m)).map(o => startOf(o) + o.asTyped.length));
    return text.slice(Math.max(previousEnd, startOf(m) - 35), startOf(m));
  };
  // "I live in Mansfield myself, so I don't know who covers her": the writer's home, set apart from the
  // child's, is not where the child lives when another place is named.
  const writersOwn = (m: { asTyped: string }) => WRITERS_HOME.test(cueText(m)) && WRITER_APART.test(text.slice(startOf(m) + m.asTyped.length));
  if (matches.some(writersOwn) && !matches.every(writersOwn)) {
    const others = matches.filter(m => !writersOwn(m));
    matches = others;
    const top = Math.max(...others.map(m => m.entry.specificity));
    const chosen = others.find(m => m.entry.specificity === top)!;
    if (new Set(others.map(m => m.entry.ref.authority)).size === 1) return { area: toRef(chosen.entry, chosen.asTyped), candidates: [] };
  }
  const before = (m: { asTyped: string }) => text.slice(Math.max(0, startOf(m) - 35), startOf(m));
  const livesThere = (m: { asTyped: string }, cue: string) => RESIDENCE.test(cue) && !FORMER_HOME.test(before(m));
  const cueBefore = (m: { asTyped: string }) => livesThere(m, cueText(m));
  const cued = matches.filter(cueBefore);
  // "I live in the city but my grandson lives with his mum in Arnold": the child's home, not the writer's.
  const childsHome = cued.filter(m => !WRITERS_HOME.test(cueText(m)));
  const livesIn = childsHome.length ? childsHome : cued;
  if (livesIn.length && new Set(livesIn.map(m => m.entry.ref.authority)).size === 1 && new Set(matches.map(m => m.entry.ref.authority)).size > 1) {
    const most = livesIn.sort((a, b) => b.entry.specificity - a.entry.specificity)[0]!;
    return { area: toRef(most.entry, most.asTyped), candidates: [] };
  }
  if (authorities.size > 1) {
    // "School in Kimberley but she lives in Ilkeston, Derbyshire": the place she lives, or the one its
    // authority is named beside, is the child's.
    const home = specific.filter(m => livesThere(m, before(m)));
    // Its authority named in other words: "Doncaster" the town is not confirmed by "Doncaster" the authority.
    const confirmed = specific.filter(m => matches.some(a => a.entry.specificity === 1 && a.entry.ref.authority === m.entry.ref.authority && startOf(a) !== startOf(m)));
    // "A Newark boy sent to Lincoln": with no word saying where the child lives, a place in the guide's own
    // area is home and a neighbouring one is where the child went.
    const inGuideArea = specific.filter(m => gazetteer.homeAuthorities.has(m.entry.ref.authority ?? ''));
    // "The Arboretum area of Nottingham city centre": a place only one authority has settles which Arboretum.
    const onlyOne = specific.filter(m => !specific.some(o => o.asTyped === m.asTyped && o.entry.ref.authority !== m.entry.ref.authority));
    const anchor = new Set(onlyOne.map(m => m.entry.ref.authority)).size === 1 ? onlyOne[0]!.entry.ref.authority : undefined;
    const anchored = anchor ? specific.filter(m => m.entry.ref.authority === anchor) : [];
    const settledBy = [home, confirmed, anchored, inGuideArea].find(list => new Set(list.map(m => m.entry.ref.authority)).size === 1);
    if (settledBy) return { area: toRef(settledBy[0]!.entry, settledBy[0]!.asTyped), candidates: [] };
    // "Carlton, Gedling": a district named alongside settles which Carlton.
    const districts = new Set(matches.filter(m => m.entry.specificity === 2).map(m => m.entry.ref.district));
    const settled = specific.filter(m => districts.has(m.entry.ref.district));
    if (settled.length) return { area: toRef(settled[0]!.entry, settled[0]!.asTyped), candidates: [] };
    return { candidates: specific.map(m => toRef(m.entry, m.asTyped)) };
  }
  // Two places in one authority: the one a residence cue points at ("...in Radcliffe, moving to Worksop").
  const chosen = specific.find(cueBefore) ?? specific[0]!;
  return { area: toRef(chosen.entry, chosen.asTyped), candidates: [] };
}
