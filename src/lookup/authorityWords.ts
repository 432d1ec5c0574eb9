// Words that name one authority ("notts", "city", "county", "derby", "notts city") narrow a lookup to
// that authority's contacts; they are not themselves searched for. Which words count comes from the
// knowledge base's authority names and aliases, so a new alias needs no code.
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';

// "the city" is how people say Nottingham City, "the county" Nottinghamshire: the article is not part of the name.
const FILLER = new Set(['the', 'of']);

const words = (text: string): string[] => (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter(w => !FILLER.has(w));

interface AuthorityPhrase { words: readonly string[]; authorityId: string }

const phrasesCache = new WeakMap<KnowledgeBase, AuthorityPhrase[]>();

/**
 * Every home authority's name and aliases as word sequences, longest first, keeping only those that
 * name one authority: "city" (from "the city") is Nottingham City, while "ncc" (both councils use it)
 * names neither and stays a search word.
 */
function authorityPhrases(kb: KnowledgeBase): AuthorityPhrase[] {
  const cached = phrasesCache.get(kb);
  if (cached) return cached;
  const owners = new Map<string, Set<string>>();
  for (const authority of kb.authorities.filter(a => a.kind === 'home')) {
    for (const name of [authority.name, ...authority.aliases, ...authority.bareAliases]) {
      const key = words(name).join(' ');
      if (key) owners.set(key, (owners.get(key) ?? new Set()).add(authority.id));
    }
  }
  const phrases = [...owners]
    .filter(([, ids]) => ids.size === 1)
    .map(([key, ids]) => ({ words: key.split(' '), authorityId: [...ids][0]! }))
    .sort((a, b) => b.words.length - a.words.length);
  phrasesCache.set(kb, phrases);
  return phrases;
}

export interface Narrowed { authorityId?: string; rest: string[] }

/**
 * Splits typed words into the authority they name and the words left to search, in either order
 * ("mash city", "city mash"). The longest name wins at each place, so "notts city" is Nottingham City,
 * not Nottinghamshire. Words naming two different authorities narrow nothing.
 */
export function authorityNarrowing(kb: KnowledgeBase, queryWords: readonly string[]): Narrowed {
  const phrases = authorityPhrases(kb);
  const typed = queryWords.filter(w => !FILLER.has(w));
  const named = new Set<string>();
  const rest: string[] = [];
  for (let at = 0; at < typed.length;) {
    const found = phrases.find(p => p.words.every((w, i) => typed[at + i] === w));
    if (found) {
      named.add(found.authorityId);
      at += found.words.length;
    } else {
      rest.push(typed[at]!);
      at += 1;
    }
  }
  return named.size === 1 ? { authorityId: [...named][0], rest } : { rest };
}
