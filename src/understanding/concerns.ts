// Concern tags from the knowledge base's synonyms ("can't sit still" -> adhd, "on the spectrum" ->
// autism). Phrases match on whole words; single words also match by stem ("bullied" ~ "bullying").
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { CONCERN_NEGATORS, firstWordOf, isNegated, normalise, phrasePattern, stemOf, typedWords, withFirstWordIn, words } from './text.js';

export interface ConcernMatcher { phrases: { concern: string; pattern: RegExp; firstWord: string }[]; stems: Map<string, string> }

export function buildConcernMatcher(kb: KnowledgeBase): ConcernMatcher {
  const phrases: ConcernMatcher['phrases'] = [];
  const stems = new Map<string, string>();
  for (const concern of kb.concerns) {
    for (const synonym of [concern.label, ...concern.synonyms]) {
      const phrase = normalise(synonym);
      phrases.push({ concern: concern.id, pattern: phrasePattern(phrase), firstWord: firstWordOf(phrase) });
      const single = words(phrase);
      // Single words also match by stem, unless the stem is an everyday word (the concern's exactOnly list).
      if (single.length === 1 && single[0]!.length >= 5 && !concern.exactOnly.some(w => normalise(w) === phrase)) {
        const stem = stemOf(single[0]!);
        if (!stems.has(stem)) stems.set(stem, concern.id);
      }
    }
  }
  return { phrases, stems };
}

/** "send" is also an everyday verb ("Send me the form"): only the acronym in capitals, or an explicit phrase, means SEND. */
const SEND_ACRONYM = /\bSEND\b/;

export function findConcerns(matcher: ConcernMatcher, original: string): string[] {
  const text = normalise(original);
  const found = new Set<string>();
  const typed = typedWords(text);
  for (const { concern, pattern } of withFirstWordIn(matcher.phrases, typed)) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      if (isNegated(text, m.index, m.index + m[0].length, CONCERN_NEGATORS)) continue;
      if (concern === 'send' && m[0] === 'send' && !SEND_ACRONYM.test(original)) continue;
      found.add(concern);
    }
  }
  for (const m of text.matchAll(/[a-z0-9]+(?:'[a-z]+)*/g)) {
    const concern = matcher.stems.get(stemOf(m[0]));
    if (concern && !isNegated(text, m.index, m.index + m[0].length, CONCERN_NEGATORS)) found.add(concern);
  }
  return [...found];
}
