// The plain-text reply: for channels without cards and the terminal chat. Same order as the card:
// the answer, what to do now with its number or address, the numbered steps, then the rest under
// "More", where a card would fold it away. Each line is a paragraph (./lines.ts asParagraphs), as
// Markdown in Web Chat and Teams needs.
import type { ActionLink } from './actions.js';
import { asParagraphs } from './lines.js';
import type { ReplyDocument } from './replyDocument.js';

/** The action with its link as well, so a client that links URIs makes the number tappable. */
const actionLine = (a: ActionLink) => `${a.title}: ${a.printed ?? a.url.replace(/^(tel|mailto):/, '')}${a.url.startsWith('tel:') ? ` (${a.url})` : ''}`;

export function toPlainText(doc: ReplyDocument, prefix: readonly string[] = []): string {
  const out: string[] = [...prefix, ...doc.answer, doc.lead];
  if (doc.actions.length) out.push(doc.actions.map(actionLine).join('\n'));
  if (doc.steps.length) out.push(doc.steps.map((s, i) => `${i + 1}. ${s}`).join('\n'));
  out.push(...doc.notes);
  if (doc.more.length) {
    out.push(['Show more:', ...doc.more.map(s => [s.heading, ...s.lines.map(l => `  ${l}`)].join('\n'))].join('\n\n'));
  }
  out.push(doc.footer);
  return asParagraphs(out.join('\n\n'));
}
