// Adaptive Card 1.5 (what Teams and Web Chat render) from the same ReplyDocument as the plain text.
// Contacts become tel:/mailto: actions so a tap dials or writes; "ruled out" sits behind a toggle.
import type { ContactNow } from '../pathway/hours.js';
import type { ReplyDocument } from './replyDocument.js';
import { contactLine } from './contactText.js';

type CardElement = Record<string, unknown>;

const text = (value: string, extra: CardElement = {}): CardElement => ({ type: 'TextBlock', text: value, wrap: true, ...extra });

/** tel: wants digits only; the label keeps the number as printed. */
const telUrl = (printed: string): string => `tel:${printed.replace(/ext.*$/i, '').replace(/[^0-9+]/g, '')}`;

function contactActions(contacts: readonly ContactNow[]): CardElement[] {
  const actions: CardElement[] = [];
  const seen = new Set<string>();
  for (const c of contacts.flatMap(c => [c, c.alternative]).filter((c): c is ContactNow => !!c)) {
    if (seen.has(c.contact.id)) continue;
    seen.add(c.contact.id);
    const phone = c.contact.phones[0];
    const email = c.contact.emails[0];
    // A number printed without an area code cannot be dialled as it stands, so it gets no tel: action.
    if (phone && !phone.note?.toLowerCase().includes('area code')) actions.push({ type: 'Action.OpenUrl', title: `Call ${c.contact.name}`, url: telUrl(phone.number) });
    else if (email) actions.push({ type: 'Action.OpenUrl', title: `Email ${c.contact.name}`, url: `mailto:${email.address}` });
  }
  return actions.slice(0, 4);
}

export function toAdaptiveCard(doc: ReplyDocument): CardElement {
  const body: CardElement[] = [];
  body.push(doc.urgent
    ? { type: 'Container', style: 'attention', items: [text(doc.title, { weight: 'Bolder', size: 'Medium' })] }
    : text(doc.title, { weight: 'Bolder', size: 'Medium' }));
  doc.blocks.forEach((block, i) => {
    const items: CardElement[] = [];
    if (block.heading) items.push(text(block.heading, { weight: 'Bolder', spacing: 'Medium' }));
    items.push(...block.lines.map(l => text(l, { spacing: 'Small' })));
    const seen = new Set<string>();
    for (const c of block.contacts.flatMap(c => [c, c.alternative])) {
      if (!c || seen.has(c.contact.id)) continue;
      seen.add(c.contact.id);
      items.push(text(contactLine(c), { spacing: 'Small' }));
    }
    if (block.citation) items.push(text(`Source: ${block.citation}`, { isSubtle: true, size: 'Small', spacing: 'Small' }));
    const actions = contactActions(block.contacts);
    if (actions.length) items.push({ type: 'ActionSet', actions });
    if (block.collapsed) {
      const id = `collapsed-${i}`;
      body.push({ type: 'ActionSet', actions: [{ type: 'Action.ToggleVisibility', title: 'Show services ruled out, and why', targetElements: [id] }] });
      body.push({ type: 'Container', id, isVisible: false, items });
    } else {
      body.push({ type: 'Container', style: block.urgent ? 'emphasis' : undefined, items });
    }
  });
  if (doc.sources.length) body.push(text(`Sources: ${doc.sources.join('; ')}.`, { isSubtle: true, size: 'Small', spacing: 'Medium' }));
  body.push(text(doc.footer, { isSubtle: true, size: 'Small' }));
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body };
}
