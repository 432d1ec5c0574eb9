// Reading the real knowledge base in tests: a missing id fails loudly rather than as undefined.
import { loadKnowledgeBase } from '../../src/knowledge/loader.js';

export const kb = loadKnowledgeBase();

export function contact(id: string) {
  const found = kb.contact(id);
  if (!found) throw new Error(`no contact ${id}`);
  return found;
}

export const indicatorsOf = (levelId: string, domain: string): readonly string[] =>
  kb.level(levelId)?.indicators.find(group => group.domain === domain)?.items ?? [];

export function service(id: string) {
  const found = kb.service(id);
  if (!found) throw new Error(`no service ${id}`);
  return found;
}
