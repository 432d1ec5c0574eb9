// The helpline quick lookup: what an adviser types mid-call ("mash", "edt city", "kooth", "0115 876")
// to the contacts and services it names, each with its numbers and whether it is open now.
// Pure: the knowledge base and "now" come in, plain data goes out.
import { citationText } from '../knowledge/citation.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Contact, Service } from '../knowledge/schema.js';
import { contentTerms, relevanceIndex } from '../understanding/relevance.js';
import { authorityNarrowing } from './authorityWords.js';
import { asksForFrontDoor, frontDoorIds } from './frontDoors.js';
import { describeContact, type LookupContact } from './lookupContact.js';
import { serviceContactIds } from '../pathway/contactsNow.js';

export interface LookupResult {
  kind: 'contact' | 'service';
  id: string;
  name: string;
  authority?: string;
  /** One line an adviser can read out: what it is for, who it is for. */
  oneLine: string;
  /** The contact itself (and its out-of-hours alternative when closed), or a service's contacts. */
  contacts: LookupContact[];
  /** Document and section, so an adviser can check the source. */
  citation: string;
}

interface Entry { kind: LookupResult['kind']; id: string; authority?: string; nameWords: readonly string[]; digits: readonly string[] }

const entries = new WeakMap<KnowledgeBase, Entry[]>();

const words = (text: string): string[] => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
const digitsOnly = (text: string): string => text.replace(/\D/g, '');

function entriesOf(kb: KnowledgeBase): Entry[] {
  const cached = entries.get(kb);
  if (cached) return cached;
  const contactDigits = (ids: readonly string[]) => ids.flatMap(id => kb.contact(id)?.phones.map(p => digitsOnly(p.number)) ?? []);
  const built: Entry[] = [
    ...kb.contacts.map(c => ({ kind: 'contact' as const, id: c.id, authority: c.authority,
      nameWords: words([c.name, ...c.aliases].join(' ')), digits: c.phones.map(p => digitsOnly(p.number)) })),
    ...kb.services.map(s => ({ kind: 'service' as const, id: s.id, authority: s.authority,
      nameWords: words([s.name, ...s.aliases].join(' ')), digits: contactDigits([...s.contacts, ...s.referral.contacts]) })),
  ];
  entries.set(kb, built);
  return built;
}

interface QueryWord { word: string; terms: string[] }

/**
 * How well an entry matches: BM25 over the whole entry (the pathway's relevance index) plus a bonus for
 * a name or alias word starting with a typed word, so results appear while a word is half typed.
 */
function score(kb: KnowledgeBase, entry: Entry, queryWords: readonly QueryWord[], queryDigits: string): number {
  if (queryDigits.length >= 3) return entry.digits.some(d => d.includes(queryDigits)) ? 10 : 0;
  const index = relevanceIndex(kb);
  let total = 0;
  for (const { word, terms } of queryWords) {
    const prefix = entry.nameWords.some(w => w.startsWith(word)) ? 2 : 0;
    const bm25 = index.score(`${entry.kind}:${entry.id}`, terms);
    // Every typed word must find something ("edt city" must not list every city service); stopwords may not.
    if (!prefix && !bm25 && terms.length) return 0;
    total += prefix + bm25;
  }
  return total;
}

const contactLine = (contact: Contact): string => contact.summary ?? contact.notes[0] ?? '';

/** What the service is, then who it is for: the ages and the first criterion, as printed. */
function serviceLine(service: Service): string {
  const who = [service.ages ? `Ages: ${service.ages.asPrinted}` : '', ...service.eligibility.criteria.slice(0, 1)].filter(Boolean).join('; ');
  return who ? `${service.summary} ${who}.` : service.summary;
}

function toResult(kb: KnowledgeBase, entry: Entry, now: Date): LookupResult | undefined {
  const authority = entry.authority ? kb.authority(entry.authority)?.name : undefined;
  if (entry.kind === 'contact') {
    const contact = kb.contact(entry.id);
    if (!contact) return undefined;
    return { kind: 'contact', id: contact.id, name: contact.name, authority, oneLine: contactLine(contact),
      contacts: describeContact(kb, contact, now), citation: citationText(kb, contact.citation) };
  }
  const service = kb.service(entry.id);
  if (!service) return undefined;
  const contactIds = serviceContactIds(service);
  const described = contactIds.map(id => kb.contact(id)).filter((c): c is Contact => !!c).flatMap(c => describeContact(kb, c, now));
  // A service often lists a day team and its out-of-hours team, which is also the day team's alternative.
  const contacts = described.filter((c, i) => described.findIndex(d => d.id === c.id) === i);
  return { kind: 'service', id: service.id, name: service.name, authority, oneLine: serviceLine(service),
    contacts, citation: citationText(kb, service.citation) };
}

const MAX_LOOKUP_RESULTS = 8;

/** Just an authority's name ("derby"): its front door and early help contacts, the numbers most asked for. */
function authorityContacts(kb: KnowledgeBase, authorityId: string): Entry[] {
  const authority = kb.authority(authorityId);
  const ids = [authority?.frontDoor, authority?.earlyHelp].filter((id): id is string => !!id);
  return ids.map(id => entriesOf(kb).find(e => e.kind === 'contact' && e.id === id)).filter((e): e is Entry => !!e);
}

/** A contact and the service of the same name (Kooth, Children and Families Direct) show once, the better match. */
function firstOfEachName(results: readonly LookupResult[]): LookupResult[] {
  const seen = new Set<string>();
  return results.filter(r => {
    const key = r.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Each contact in full once, where it first appears: a later service that uses it points back to it,
 * and a contact already given (as a service's contact or a closed team's alternative) is not listed again.
 */
function mergeRepeatedContacts(results: readonly LookupResult[]): LookupResult[] {
  const shown = new Set<string>();
  const merged: LookupResult[] = [];
  for (const result of results) {
    if (result.kind === 'contact' && shown.has(result.id)) continue;
    const contacts = result.contacts.map(c => (shown.has(c.id) ? { ...c, phones: [], emails: [], web: [], hoursAsPrinted: undefined, shownAbove: true } : c));
    for (const c of contacts) shown.add(c.id);
    merged.push({ ...result, contacts });
  }
  return merged;
}

interface Scored { e: Entry; s: number }

/** The best matches for what was typed, contacts before services at equal score. Empty for an empty query. */
export function lookup(kb: KnowledgeBase, query: string, now: Date, limit = MAX_LOOKUP_RESULTS): LookupResult[] {
  const { authorityId, rest } = authorityNarrowing(kb, words(query));
  const queryDigits = digitsOnly(query);
  const toResults = (found: readonly Entry[]) =>
    mergeRepeatedContacts(firstOfEachName(found.map(e => toResult(kb, e, now)).filter((r): r is LookupResult => !!r))).slice(0, limit);
  if (!rest.length && queryDigits.length < 3) return authorityId ? toResults(authorityContacts(kb, authorityId)) : [];
  const queryWords = rest.map(word => ({ word, terms: contentTerms(word) }));
  const scored: Scored[] = entriesOf(kb)
    .filter(e => !authorityId || !e.authority || e.authority === authorityId)
    .map(e => ({ e, s: score(kb, e, queryWords, queryDigits) + (authorityId && e.authority === authorityId ? 0.5 : 0) }));
  // Asked for a front door: every authority's (or the named one's) comes first, best match first.
  const doors = asksForFrontDoor(rest) ? frontDoorIds(kb, authorityId) : [];
  const pinned = doors
    .map(id => scored.find(x => x.e.kind === 'contact' && x.e.id === id))
    .filter((x): x is Scored => !!x)
    .sort((a, b) => b.s - a.s);
  return toResults([...pinned, ...scored
    .filter(x => x.s > 0.5 && !pinned.includes(x))
    .sort((a, b) => b.s - a.s || (a.e.kind === b.e.kind ? 0 : a.e.kind === 'contact' ? -1 : 1))
    // Room for same-name pairs and repeated contacts to fold, without resolving hours for every weak match.
    .slice(0, limit * 2)].map(x => x.e));
}
