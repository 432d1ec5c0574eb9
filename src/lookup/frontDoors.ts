// "mash", "front door" and "duty" are how advisers ask for an authority's safeguarding front door,
// whatever that authority calls it (the county's MASH, the City's Children and Families Direct,
// Derby's First Contact). The front doors come from the knowledge base's authorities, not from
// aliases, so every authority is found even where its contact's aliases do not use the word.
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';

const FRONT_DOOR_PHRASES: readonly (readonly string[])[] = [['mash'], ['front', 'door'], ['duty']];

/** Whether the typed words (authority names already taken out) ask for a front door. */
export function asksForFrontDoor(words: readonly string[]): boolean {
  return FRONT_DOOR_PHRASES.some(phrase => words.some((_, at) => phrase.every((w, i) => words[at + i] === w)));
}

/** The front door contact ids of the named authority, or of every home authority. */
export function frontDoorIds(kb: KnowledgeBase, authorityId?: string): string[] {
  return kb.authorities
    .filter(a => a.kind === 'home' && (!authorityId || a.id === authorityId))
    .map(a => a.frontDoor)
    .filter((id): id is string => !!id);
}
