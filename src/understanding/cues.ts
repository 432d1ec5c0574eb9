// Reads the cue files in knowledge/ (intent-cues.yaml, circumstances.yaml, question-words.yaml): lists of
// words and phrases that say what a message does, which the understanding modules match. The words are
// data so an editor can add "cheers mate" without touching code; the code keeps only the structure
// (which lists combine, and how). An entry is a plain phrase, matched exactly as written after the
// message is normalised, as whole words; or, between slashes, a regular expression used as written, for
// the few cues a list of phrases cannot say ("is the * open", "not ... consent").
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { escapeRegExp, normalise } from './text.js';

const REGEX_ENTRY = /^\/(.+)\/$/s;

const compiles = (source: string): boolean => {
  try { new RegExp(source); return true; } catch { return false; }
};

/** One cue: a phrase, or "/a regular expression/". A regular expression that does not compile is named by the loader. */
const Cue = z.string().trim().min(1, 'an empty cue')
  .refine(cue => !REGEX_ENTRY.test(cue) || compiles(cue.replace(REGEX_ENTRY, '$1')), { message: 'not a valid regular expression' });

export const CueList = z.array(Cue).min(1, 'an empty list: give at least one phrase');
export type CueList = z.infer<typeof CueList>;

/** A file of cue lists, validated; an editor's slip names the file and the field. */
export function readCueFile<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  const parsed = schema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(parsed.error.issues.map(i => `${file}: ${i.path.join('.') || '(file)'}: ${i.message}`).join('\n'));
  return parsed.data;
}

const regexOf = (cue: string): string | undefined => REGEX_ENTRY.exec(cue)?.[1];
const phraseOf = (cue: string): string => escapeRegExp(normalise(cue));

/** The cues as one alternation with no boundaries, for patterns that place them (a whole message, a word before). */
export const alternatives = (cues: CueList): string => `(?:${cues.map(c => regexOf(c) ?? phraseOf(c)).join('|')})`;

/**
 * A pattern matching any of the cues: each phrase as whole words (a word boundary before it and `end`
 * after it), each regular expression as written.
 */
export function cuePattern(cues: CueList, { end = '\\b', flags = '' }: { end?: string; flags?: string } = {}): RegExp {
  return new RegExp(cues.map(c => regexOf(c) ?? `\\b${phraseOf(c)}${end}`).join('|'), flags);
}
