// A card Teams accepts: Teams refuses a message of about 28 KB, and the budget is 12 KB so a reply
// stays quick on a phone. Only the "Show more" part shrinks, least needed first; nothing visible does.
import { clip, gist } from './lines.js';
import type { ReplyDocument } from './replyDocument.js';

/** How a service section's list of offers begins (replyDocument.ts). */
export const OFFERS = 'It offers: ';

/**
 * The same reply with its secondary "Show more" sections cut down, for a card that would be too big
 * (Teams refuses about 28 KB; the budget is 12 KB). Step 1 keeps each one's summary, how to refer and
 * source; step 2 keeps its summary and source and gives contacts in brief; step 3 keeps the source and
 * drops the leading services' lists of offers; step 4 cuts any line over 600 characters. What to do now
 * and the pathway's own details never shrink.
 */
export function compactMore(doc: ReplyDocument, step: 1 | 2 | 3 | 4): ReplyDocument {
  const keep = (line: string, i: number) => (i === 0 && step < 3) || line.startsWith('Source:') || (step === 1 && line.startsWith('How to refer:'));
  return {
    ...doc,
    more: doc.more.map(s => (s.secondary && s.brief
      ? { ...s, lines: step >= 2 ? s.brief : s.lines }
      : s.secondary
      ? { ...s, lines: s.lines.filter(keep).map(l => (l.startsWith('How to refer:') ? gist(l, 240) : l)) }
      : step >= 2 && s.brief ? { ...s, lines: s.brief }
      // Then a leading service's list of offers goes (its summary says what it is for); last resort, a very
      // long printed list (a service's every criterion) keeps its first 600 characters.
      : step >= 3 ? { ...s, lines: s.lines.filter(l => !l.startsWith(OFFERS)).map(l => (step === 4 ? clip(l, 600) : l)) } : s)),
  };
}

