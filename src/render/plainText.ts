// The plain-text reply: for channels without cards, the terminal chat, and the card's fallback.
import type { ReplyDocument } from './replyDocument.js';
import { contactLine } from './contactText.js';

export function toPlainText(doc: ReplyDocument): string {
  const out: string[] = [doc.title];
  for (const block of doc.blocks) {
    const lines: string[] = [];
    if (block.heading) lines.push(block.heading);
    lines.push(...block.lines.map(l => (block.heading ? `  ${l}` : l)));
    const seen = new Set<string>();
    for (const c of block.contacts) {
      for (const x of [c, c.alternative]) {
        if (!x || seen.has(x.contact.id)) continue;
        seen.add(x.contact.id);
        lines.push(`  - ${contactLine(x)}`);
      }
    }
    if (block.citation) lines.push(`  Source: ${block.citation}.`);
    out.push(lines.join('\n'));
  }
  out.push(doc.footer);
  return out.join('\n\n');
}
