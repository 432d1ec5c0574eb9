// Words that name one authority ("notts", "city", "derby") narrow a lookup to that authority's
// contacts; they are not themselves searched for. Which words count comes from the knowledge base's
// authority names and aliases, so a new alias needs no code.
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';

const owners = new WeakMap<KnowledgeBase, Map<string, Set<string>>>();

/** Each word of a home authority's name or aliases, with the authorities it belongs to. */
function authorityWordOwners(kb: KnowledgeBase): Map<string, Set<string>> {
  const cached = owners.get(kb);
  if (cached) return cached;
  const map = new Map<string, Set<string>>();
  for (const authority of kb.authorities.filter(a => a.kind === 'home')) {
    for (const word of [authority.name, ...authority.aliases].join(' ').toLowerCase().match(/[a-z0-9]+/g) ?? []) {
      map.set(word, (map.get(word) ?? new Set()).add(authority.id));
    }
  }
  owners.set(kb, map);
  return map;
}

export interface Narrowed { authorityId?: string; rest: string[] }

/**
 * Splits typed words into the authority they name and the words left to search. A word shared by two
 * authorities stays a search word; words naming two different authorities narrow nothing.
 */
export function authorityNarrowing(kb: KnowledgeBase, queryWords: readonly string[]): Narrowed {
  const map = authorityWordOwners(kb);
  const named = new Set<string>();
  const rest: string[] = [];
  for (const word of queryWords) {
    const ids = map.get(word);
    if (ids?.size === 1) named.add([...ids][0]!);
    else rest.push(word);
  }
  return named.size === 1 ? { authorityId: [...named][0], rest } : { rest };
}
