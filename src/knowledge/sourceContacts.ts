// Every phone number and email printed in the source documents, so kb:check can report any the
// knowledge base lacks: a contact left out of the YAML is a route the bot can never give.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from './knowledgeBase.js';

export interface PrintedContact { kind: 'phone' | 'email'; value: string; file: string; line: number }

const PATTERNS: { kind: PrintedContact['kind']; pattern: RegExp }[] = [
  { kind: 'email', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g },
  // Full UK numbers, with an extension where one is printed.
  { kind: 'phone', pattern: /(?:\+44\s?|\b0)\d[\d ]{7,13}\d(?:\s*ext\.?\s*\d[\d ]*\d)?/gi },
  // Short numbers with an extension ("101 Ext 801 5060").
  { kind: 'phone', pattern: /\b\d{3}\s+ext\.?\s*\d[\d ]*\d/gi },
  // Local numbers printed without an area code, after a colon or comma ("VCM: 641011").
  { kind: 'phone', pattern: /(?<=[:,]\s?)\b[2-9]\d{5}\b/g },
];

export function printedContacts(text: string, file: string): PrintedContact[] {
  const found: PrintedContact[] = [];
  text.split('\n').forEach((lineText, i) => {
    for (const { kind, pattern } of PATTERNS) {
      for (const match of lineText.matchAll(pattern)) found.push({ kind, value: match[0].trim(), file, line: i + 1 });
    }
  });
  return found;
}

export function printedContactsIn(sourcesDir: string): PrintedContact[] {
  return readdirSync(sourcesDir).filter(f => f.endsWith('.txt')).sort()
    .flatMap(f => printedContacts(readFileSync(join(sourcesDir, f), 'utf8'), f));
}

const digits = (s: string) => s.replace(/\D/g, '');

/** Printed numbers and emails that appear in no contact of the knowledge base (compared on digits / lower case). */
export function missingFromKnowledge(kb: KnowledgeBase, printed: readonly PrintedContact[]): PrintedContact[] {
  const phones = kb.contacts.flatMap(c => c.phones.map(p => digits(p.number)));
  const emails = new Set(kb.contacts.flatMap(c => c.emails.map(e => e.address.toLowerCase())));
  const seen = new Set<string>();
  return printed.filter(p => {
    const key = `${p.kind}:${p.kind === 'phone' ? digits(p.value) : p.value.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return p.kind === 'email' ? !emails.has(p.value.toLowerCase()) : !phones.some(n => n === digits(p.value) || n.endsWith(digits(p.value)));
  });
}
