// Which authority's guidance applies: the child's home area decides (the sources apply to residents),
// otherwise a service or contact the user named.
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Authority } from '../knowledge/schema.js';
import type { CaseFacts } from './caseFacts.js';

/**
 * `forSafeguarding`: a named service or contact ("my school", "the school nurse") says nothing about where
 * a child at risk lives, so only the area or a named front door (the city's MASH) decides; unknown means every front door.
 */
export function resolveAuthority(kb: KnowledgeBase, facts: CaseFacts, forSafeguarding = false): Authority | undefined {
  if (facts.area?.authority) return kb.authority(facts.area.authority);
  const named = [
    ...(forSafeguarding ? [] : facts.namedServices.map(id => kb.service(id)?.authority)),
    ...facts.namedContacts.filter(id => !forSafeguarding || isFrontDoor(kb, id)).map(id => kb.contact(id)?.authority),
  ].filter((a): a is string => !!a);
  const distinct = [...new Set(named)];
  return distinct.length === 1 && distinct[0] ? kb.authority(distinct[0]) : undefined;
}

/** A front door or its out-of-hours team: naming one ("the city's MASH") says whose route a worry takes. */
const isFrontDoor = (kb: KnowledgeBase, contactId: string): boolean =>
  kb.authorities.some(a => a.frontDoor === contactId || (a.frontDoor && kb.contact(a.frontDoor)?.outOfHours === contactId));

export const homeAuthorities = (kb: KnowledgeBase): Authority[] => kb.authorities.filter(a => a.kind === 'home');
