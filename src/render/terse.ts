// The helpline line: number, hours, and the out-of-hours alternative, nothing else.
import type { ContactNow } from '../pathway/hours.js';
import type { Route } from '../pathway/route.js';

export function terseContact(c: ContactNow): string {
  const numbers = c.contact.phones.map(p => `${p.number}${p.label ? ` (${p.label})` : ''}`).join(' or ');
  const emails = c.contact.emails.map(e => e.address).join(' or ');
  const how = [numbers, emails].filter(Boolean).join(', ');
  return `${c.contact.name}: ${how || 'no number or email printed'}. ${c.statusText.charAt(0).toUpperCase()}${c.statusText.slice(1)}.${c.contact.hours.kind === 'weekly' ? ` Hours: ${c.contact.hours.asPrinted}.` : ''}`;
}

export function toTerseLines(route: Route): string[] {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const step of route.steps) {
    for (const c of step.contacts.flatMap(c => [c, c.alternative])) {
      if (!c || seen.has(c.contact.id)) continue;
      seen.add(c.contact.id);
      lines.push(terseContact(c));
    }
  }
  return lines;
}
