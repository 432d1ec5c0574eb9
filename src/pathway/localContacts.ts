// An entry's counterpart in another place: a contact that exists once per district ("Children's Centre
// Service, Rushcliffe", "Gedling Borough Council (homeless and housing advice)") for the new district, and
// another authority's entry of the same name ("the city one" after the county's Families Information Service).
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { STOP_WORDS, stemOf } from '../understanding/text.js';
import type { AreaRef } from './caseFacts.js';
import type { Focus } from './focus.js';

const families = new WeakMap<KnowledgeBase, Map<string, string>>();

/** Each contact's name with any district's name taken out: contacts that share it are one per district. */
function familyOf(kb: KnowledgeBase): Map<string, string> {
  let family = families.get(kb);
  if (!family) {
    const names = kb.districts.map(d => d.name).sort((a, b) => b.length - a.length);
    const key = (name: string) => names.reduce((n, d) => n.replaceAll(d, '#'), name);
    family = new Map(kb.contacts.map(c => [c.id, key(c.name)]));
    families.set(kb, family);
  }
  return family;
}

/** The same contact for the case's district, where there is one per district; otherwise the contact itself. */
export function contactForDistrict(kb: KnowledgeBase, id: string, area: AreaRef | undefined): string {
  const district = area?.district ? kb.district(area.district) : undefined;
  const family = familyOf(kb);
  const key = family.get(id);
  if (!district || !key?.includes('#')) return id;
  return kb.contacts.find(c => c.id !== id && family.get(c.id) === key && c.name.includes(district.name))?.id ?? id;
}

/**
 * A service's contacts for the case's district: of the contacts that exist once per district (the councils'
 * housing advice, the Children's Centre Service's emails), only the district's own when it is among them;
 * with no district known, all of them. Their names differ by more than the district's ("Gedling Borough
 * Council", "Ashfield District Council"), so a district's name in the name is what marks them.
 */
export function contactsInDistrict(kb: KnowledgeBase, ids: readonly string[], area: AreaRef | undefined): string[] {
  const district = area?.district ? kb.district(area.district) : undefined;
  if (!district) return [...ids];
  const nameOf = (id: string) => kb.contact(id)?.name ?? '';
  const perDistrict = (id: string) => kb.districts.some(d => nameOf(id).includes(d.name));
  const ours = (id: string) => nameOf(id).includes(district.name);
  return ids.some(id => perDistrict(id) && ours(id)) ? ids.filter(id => !perDistrict(id) || ours(id)) : [...ids];
}

/** What an entry is called, with every authority's and district's name taken out: what it is, not whose. */
interface EntryName { phrases: Set<string>; stems: Set<string> }

const placeWordSets = new WeakMap<KnowledgeBase, Set<string>>();
function placeWords(kb: KnowledgeBase): Set<string> {
  let words = placeWordSets.get(kb);
  if (!words) {
    const names = [...kb.authorities.flatMap(a => [a.name, ...a.aliases, ...a.bareAliases]), ...kb.districts.map(d => d.name), 'county', 'city'];
    words = new Set(names.flatMap(n => n.toLowerCase().match(/[a-z]+/g) ?? []));
    placeWordSets.set(kb, words);
  }
  return words;
}

function entryName(kb: KnowledgeBase, name: string, aliases: readonly string[]): EntryName {
  const places = placeWords(kb);
  // A bracketed note says what it is ("Breakout (young persons substance misuse service)"): it counts.
  const unplaced = (text: string) => (text.toLowerCase().replace(/['\u2019]/g, '').match(/[a-z0-9]+/g) ?? []).filter(w => !places.has(w));
  const phrases = new Set([name, ...aliases].map(t => unplaced(t).join(' ')).filter(p => p.length > 2));
  const stems = new Set(unplaced(name).filter(w => w.length > 2 && !STOP_WORDS.has(w)).map(stemOf));
  return { phrases, stems };
}

/** How alike two names are: a shared alias ("fnp", "camhs") counts most, then the share of name stems in common. */
function likeness(a: EntryName, b: EntryName): number {
  const shared = [...a.phrases].filter(p => b.phrases.has(p)).length;
  const common = [...a.stems].filter(s => b.stems.has(s)).length;
  const union = new Set([...a.stems, ...b.stems]).size;
  return shared + (union ? common / union : 0);
}
/** Below this, two entries are not the same thing in two places: a shared alias, or half their name's words. */
const SAME_THING = 0.5;

/**
 * "And the city one?", "what about Gedling?": the entry that is to another area what the focus is to its own.
 * The same contact for another district; another authority's front door for a front door; otherwise the
 * entry of the same kind in that authority whose name, places aside, is most like the focus's. None when
 * nothing there is alike enough, or the focus is already the area's own.
 */
export function counterpartIn(kb: KnowledgeBase, focus: Focus, area: AreaRef): Focus | undefined {
  if (focus.kind === 'level' || !area.authority) return undefined;
  const entries = namedEntriesOf(kb, focus.kind);
  const entry = entries.find(e => e.id === focus.id);
  if (!entry?.authority) return undefined;
  const local = (id: string) => (focus.kind === 'contact' ? contactForDistrict(kb, id, area) : id);
  const own = entryName(kb, entry.name, entry.aliases);
  const mostAlike = (among: readonly NamedEntry[]): string | undefined => {
    const best = among.filter(c => c.id !== entry.id)
      .map(c => ({ id: c.id, score: likeness(own, entryName(kb, c.name, c.aliases)) }))
      .sort((a, b) => b.score - a.score)[0];
    return best && best.score >= SAME_THING ? best.id : undefined;
  };
  if (entry.authority === area.authority) {
    const moved = local(focus.id);
    if (moved !== focus.id) return { kind: focus.kind, id: moved };
    // "Ashfield District Council" after "Gedling Borough Council": one per district, named a little differently.
    const district = area.district ? kb.district(area.district) : undefined;
    const perDistrict = district && kb.districts.some(d => entry.name.includes(d.name));
    const there = perDistrict ? mostAlike(entries.filter(c => c.authority === area.authority && c.name.includes(district.name))) : undefined;
    return there ? { kind: focus.kind, id: there } : undefined;
  }
  const from = kb.authority(entry.authority);
  const to = kb.authority(area.authority);
  if (focus.kind === 'contact' && from?.frontDoor === focus.id && to?.frontDoor) return { kind: 'contact', id: to.frontDoor };
  const there = mostAlike(entries.filter(c => c.authority === area.authority));
  return there ? { kind: focus.kind, id: local(there) } : undefined;
}

interface NamedEntry { id: string; name: string; aliases: readonly string[]; authority?: string }
/** Services, contacts or processes by one shape: a process's title is its name. */
function namedEntriesOf(kb: KnowledgeBase, kind: 'service' | 'contact' | 'process'): readonly NamedEntry[] {
  if (kind === 'process') return kb.processes.map(p => ({ id: p.id, name: p.title, aliases: p.aliases, authority: p.authority }));
  return kind === 'service' ? kb.services : kb.contacts;
}
