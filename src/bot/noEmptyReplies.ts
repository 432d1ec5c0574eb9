// Every message the bot sends carries at least one sentence. A reply built from nothing (a contact
// lookup that matched no line, a card with no title) would otherwise reach the person as an empty
// bubble with buttons under it, or as a notification with no words.
import type { Activity } from 'botbuilder';

export const NOTHING_TO_SAY = 'I could not find an answer to that. Ask me where to refer a child, what a service offers or a team\'s number, for example "MASH number Nottinghamshire". In an emergency call 999.';
export const SEE_BELOW = 'Here is what I found.';

const hasSentence = (text: string | undefined): boolean => /\p{L}{2,}/u.test(text ?? '');

/**
 * A card that says something in words: its text blocks are the sentence (Teams would show added text twice).
 * Some "text" in it, as JSON writes it, has a word before any quote. Read off the card itself rather than
 * from the whole card serialised (a card is up to 12 KB, and every reply passes here).
 */
const cardSaysSomething = (activity: Partial<Activity>): boolean => hasWordsInText(activity.attachments ?? []);

function hasWordsInText(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(hasWordsInText);
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'text' && typeof inner === 'string' && /^[^"]*\p{L}{2,}/u.test(JSON.stringify(inner).slice(1))) return true;
    if (hasWordsInText(inner)) return true;
  }
  return false;
}

/** The activity with a sentence added where it has none (message activities only). */
export function withASentence(activity: Partial<Activity>): Partial<Activity> {
  if (activity.type !== 'message' || hasSentence(activity.text) || cardSaysSomething(activity)) return activity;
  const text = activity.attachments?.length ? SEE_BELOW : NOTHING_TO_SAY;
  return { ...activity, text, ...(hasSentence(activity.speak) ? {} : { speak: text }) };
}
