// One normal form for every message, so patterns and synonyms are written once: lower case, straight
// quotes, plain hyphens, "&" as "and", single spaces.
import natural from 'natural';

/** Every reader of a message normalises it again; the last message's normal form is kept for the next. */
let lastNormalised: { text: string; normal: string } | undefined;

export function normalise(text: string): string {
  if (lastNormalised?.text === text) return lastNormalised.normal;
  const normal = text.toLowerCase()
    .replace(/[\u2018\u2019`\u00b4]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2013\u2014]/g, '-')
    .replace(/&/g, ' and ').replace(/\s+/g, ' ').trim();
  lastNormalised = { text, normal };
  return normal;
}

/** English function words (natural's list): never what a message is about. */
export const STOP_WORDS: ReadonlySet<string> = new Set(natural.stopwords);

/** Words of a normalised message, apostrophes kept inside words ("can't", "mum's"). */
export const words = (normalised: string): string[] => normalised.match(/[a-z0-9]+(?:'[a-z]+)*/g) ?? [];

/** Stems already worked out: the same few thousand words recur in every message. Bounded, for a long-running server. */
const stemCache = new Map<string, string>();

export function stemOf(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    if (stemCache.size > 50_000) stemCache.clear();
    stem = natural.PorterStemmer.stem(word.replace(/'/g, ''));
    stemCache.set(word, stem);
  }
  return stem;
}

/**
 * The word a phrase starts with, as words() would split it. Matching a phrase's pattern is skipped
 * unless the message has that word: hundreds of synonyms, only a handful worth a regular expression.
 */
export const firstWordOf = (phrase: string): string => (words(normalise(phrase))[0] ?? '').replace(/'/g, '');

/** The words of a normalised message without apostrophes, and without a possessive "'s" ("Gedling's"), to look first words up in. */
export const typedWords = (normalised: string): Set<string> => new Set(words(normalised).flatMap(w => [w.replace(/'/g, ''), ...(w.endsWith("'s") ? [w.slice(0, -2)] : [])]));

/** Positions in a list of phrases by their first word, made on first use and again if the list grew. */
const firstWordIndexes = new WeakMap<readonly { firstWord: string }[], { length: number; positions: Map<string, number[]> }>();

/**
 * The items whose first word the message has, in the list's order: the same items, in the same order, as
 * testing `typed.has(item.firstWord)` on every one, without visiting the hundreds whose word is absent.
 */
export function withFirstWordIn<T extends { firstWord: string }>(items: readonly T[], typed: ReadonlySet<string>): T[] {
  let index = firstWordIndexes.get(items);
  if (index?.length !== items.length) {
    const positions = new Map<string, number[]>();
    items.forEach((item, i) => { const list = positions.get(item.firstWord); if (list) list.push(i); else positions.set(item.firstWord, [i]); });
    firstWordIndexes.set(items, index = { length: items.length, positions });
  }
  const found: number[] = [];
  for (const word of typed) for (const i of index.positions.get(word) ?? []) found.push(i);
  return found.sort((a, b) => a - b).map(i => items[i]!);
}

/** Distances already worked out, by the pair of words. Bounded, for a long-running server. */
const typoDistances = new Map<string, number>();

/**
 * Edits between two words, a swapped pair of letters counting as one ("Mansfeild"). natural's
 * Damerau-Levenshtein undercounts when the first word is the shorter ("bridge" is one edit from
 * "Berridge" that way round, two the other), so both orders are asked and the larger kept.
 */
export function typoDistance(a: string, b: string): number {
  // The same typed words meet the same names in message after message; each distance is worked out once.
  const key = `${a}\u0000${b}`;
  let distance = typoDistances.get(key);
  if (distance === undefined) {
    if (typoDistances.size > 50_000) typoDistances.clear();
    distance = Math.max(natural.DamerauLevenshteinDistance(a, b), natural.DamerauLevenshteinDistance(b, a));
    typoDistances.set(key, distance);
  }
  return distance;
}

/** Escape a phrase for use inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A phrase's pattern that first looks for a run of the phrase's letters the pattern can only match with
 * (its longest, between spaces, hyphens and apostrophes). Hundreds of phrases are tried on every message
 * and almost none is there: a substring search rules each out for a fraction of a regular expression's
 * scan. A match is the same match, found the same way; only the certain misses are quicker.
 */
class PhrasePattern extends RegExp {
  readonly literal: string;

  constructor(source: string | RegExp, flags?: string, literal?: string) {
    super(source, flags);
    // matchAll and split copy a pattern through its constructor, with the pattern itself as the source.
    this.literal = literal ?? (source instanceof PhrasePattern ? source.literal : '');
  }

  override exec(text: string): RegExpExecArray | null {
    if (!text.includes(this.literal)) {
      if (this.global || this.sticky) this.lastIndex = 0;
      return null;
    }
    return super.exec(text);
  }
}

/** A whole-word matcher for a phrase, tolerant of hyphens vs spaces and of a dropped apostrophe ("childrens"). */
export const phrasePattern = (phrase: string): RegExp => wholeWords(phrase, '');

/**
 * A name's matcher: the phrase's, and a short one-word name (an acronym of up to four letters) also in the plural or possessive
 * ("VCMs", "the MASH's"); a longer name in the plural is usually something else ("social workers").
 */
export const namePattern = (phrase: string): RegExp => wholeWords(phrase, /^[a-z0-9&]{2,4}$/i.test(phrase.trim()) ? "(?:'?s)?" : '');

function wholeWords(phrase: string, ending: string): RegExp {
  const phraseWords = normalise(phrase).split(/[\s-]+/);
  const body = phraseWords.map(w => escapeRegExp(w).replace(/'/g, "'?")).join('[\\s-]*');
  const literal = phraseWords.flatMap(w => w.split("'")).reduce((longest, run) => (run.length > longest.length ? run : longest), '');
  return new PhrasePattern(`(?<![a-z0-9])${body}${ending}(?![a-z0-9])`, 'g', literal);
}

/** Words just before a position that negate what follows ("no", "not", "isn't", "never", "without"). */
const NEGATORS = /\b(no|not|never|without|nor|nobody|no one|noone|nothing|denies|denied|isn't|aren't|wasn't|hasn't|haven't|doesn't|don't|didn't|won't|isnt|dont|doesnt|hasnt|none|ruled out)\b[^.,;!?]{0,25}$/;
/** Phrases after a match that negate it ("bruising - none seen"). */
const AFTER_NEGATORS = /^[^.,;!?]{0,12}\b(ruled out|not a concern|none)\b/;

/**
 * Denials of a need, narrower than NEGATORS: "won't sleep", "isn't eating", "can't sit still" describe
 * the need itself, so only an outright "no", "without", "denies" or "not a/any" takes a concern away.
 */
export const CONCERN_NEGATORS = /\b(no|without|nor|nobody|no one|noone|nothing|denies|denied|none|ruled out|not (a|an|any))\b[^.,;!?]{0,25}$/;

export function isNegated(text: string, start: number, end: number, negators: RegExp = NEGATORS): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  // "no ... but she cuts herself": a contrast ends the negation's reach.
  const clause = before.split(/\b(but|however|although|though|and yet)\b/).pop() ?? before;
  return negators.test(clause) || AFTER_NEGATORS.test(text.slice(end, end + 30));
}

/** A word negated by "non-" says what is not meant ("a non-urgent referral" is not the urgent one): left out. */
export const withoutNonWords = (text: string): string => text.replace(/\bnon[- ]?[a-z]+/g, ' ');
