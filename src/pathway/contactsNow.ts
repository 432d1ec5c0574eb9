// Contacts ranked for a question and resolved to "use now", with citations collected as we go.
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Contact, Service } from '../knowledge/schema.js';
import type { CaseFacts } from './caseFacts.js';
import { contactNow, type ContactNow } from './hours.js';
import type { ScoredEntry } from './question.js';

/** A service's contacts: those its referral route names first, then its own, each once. */
export const serviceContactIds = (service: Service): string[] => [...new Set([...service.referral.contacts, ...service.contacts])];

export function contactsFor(kb: KnowledgeBase, ids: readonly string[], now: Date): ContactNow[] {
  return ids.map(id => kb.contact(id)).filter((c): c is Contact => !!c).map(c => contactNow(kb, c, now));
}

export interface ScoredContact { contact: Contact; score: number }

export function rankContacts(kb: KnowledgeBase, facts: CaseFacts, matched: readonly ScoredEntry[], authorityId: string | undefined): ScoredContact[] {
  // An entry matched twice (a district's contact standing in for another's) keeps its better score.
  const wordScore = new Map<string, number>();
  for (const e of matched) wordScore.set(e.id, Math.max(wordScore.get(e.id) ?? 0, e.score));
  return kb.contacts
    .filter(c => !authorityId || !c.authority || c.authority === authorityId)
    .map(contact => ({ contact, score: (facts.namedContacts.includes(contact.id) ? 10 : 0) + (wordScore.get(contact.id) ?? 0) }))
    .filter(s => s.score > 1.5)
    .sort((a, b) => b.score - a.score);
}
