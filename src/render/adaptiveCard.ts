// Adaptive Card 1.5 (what Teams and Web Chat render) from the same ReplyDocument as the plain text.
// Layered: the action and the numbered steps are visible; the rest sits in a container that
// "Show more" (Action.ToggleVisibility) reveals, so a reply fits a phone screen mid-call while nothing
// is lost. Contacts are tel:/mailto: actions so a tap dials or writes.
import { compactMore } from './cardBudget.js';
import type { ReplyDocument } from './replyDocument.js';

type CardElement = Record<string, unknown>;

const text = (value: string, extra: CardElement = {}): CardElement => ({ type: 'TextBlock', text: value, wrap: true, ...extra });

const MORE_ID = 'more';

/**
 * The steps as one markdown list in one TextBlock: separate blocks each starting "2." render as "1."
 * in Web Chat (each is a new list); Adaptive Cards' markdown separates list items with "\r".
 */
export const numberedList = (items: readonly string[]): string => items.map((s, i) => `${i + 1}. ${s}`).join('\r');

/** Teams refuses a message of about 28 KB; the budget is 12 KB, with room for the activity around the card. */
export const CARD_BUDGET_BYTES = 11.5 * 1024;

/** The card, its secondary "Show more" sections shortened until it fits the budget. */
export function toAdaptiveCard(doc: ReplyDocument, prefix: readonly string[] = []): CardElement {
  let card = buildCard(doc, prefix);
  for (const step of [1, 2, 3, 4] as const) {
    if (JSON.stringify(card).length <= CARD_BUDGET_BYTES) break;
    card = buildCard(compactMore(doc, step), prefix);
  }
  return card;
}

function buildCard(doc: ReplyDocument, prefix: readonly string[]): CardElement {
  const body: CardElement[] = [];
  for (const line of prefix) body.push(text(line, { isSubtle: true }));
  for (const line of doc.answer) body.push(text(line, { weight: 'Bolder' }));
  const lead = text(doc.lead, { weight: 'Bolder', size: 'Medium' });
  body.push(doc.urgent ? { type: 'Container', style: 'attention', items: [lead] } : lead);
  if (doc.actions.length) body.push({ type: 'ActionSet', actions: doc.actions.map(a => ({ type: 'Action.OpenUrl', title: a.title, url: a.url })) });
  if (doc.steps.length) body.push(text(numberedList(doc.steps), { spacing: 'Medium' }));
  for (const note of doc.notes) body.push(text(note, { spacing: 'Small' }));
  if (doc.more.length) {
    body.push({ type: 'ActionSet', actions: [{ type: 'Action.ToggleVisibility', title: 'Show more', targetElements: [MORE_ID] }] });
    const items = doc.more.flatMap(section => [
      ...(section.heading ? [text(section.heading, { weight: 'Bolder', spacing: 'Medium' })] : []),
      ...section.lines.map(line => text(line, { spacing: 'Small' })),
    ]);
    body.push({ type: 'Container', id: MORE_ID, isVisible: false, items });
  }
  body.push(text(doc.footer, { isSubtle: true, size: 'Small' }));
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body };
}
