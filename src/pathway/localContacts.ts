// A contact that exists once per district ("Children's Centre Service, Rushcliffe", "Gedling Borough
// Council (homeless and housing advice)"): when the case moves district, the same contact for the new one.
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { AreaRef } from './caseFacts.js';

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
