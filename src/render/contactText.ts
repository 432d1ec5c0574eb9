// How a contact reads: name, numbers as printed (with their labels), emails, web, and its hours now.
import type { ContactNow } from '../pathway/hours.js';

export function contactLine(c: ContactNow): string {
  const contact = c.contact;
  const parts: string[] = [];
  for (const p of contact.phones) parts.push(`phone ${p.number}${p.label ? ` (${p.label})` : ''}${p.note ? ` [${p.note}]` : ''}`);
  for (const e of contact.emails) parts.push(`email ${e.address}${e.label ? ` (${e.label})` : ''}${e.note ? ` [${e.note}]` : ''}`);
  for (const w of contact.web) parts.push(`web ${w.url}${w.label ? ` (${w.label})` : ''}`);
  for (const p of contact.post) parts.push(`post: ${p}`);
  // The status already quotes the printed hours of an out-of-hours team or a 24/7 line: not again.
  const hours = contact.hours.kind === 'not-stated' || c.statusText.toLowerCase().includes(contact.hours.asPrinted.toLowerCase()) ? '' : ` Hours: ${contact.hours.asPrinted}.`;
  return `${contact.name}: ${parts.join('; ')}. ${capitalise(c.statusText)}.${hours}`;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
