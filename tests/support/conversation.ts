// A conversation with the real bot (knowledge base, understanding, dialogs, renderers) through
// botbuilder's TestAdapter: each turn returns what a person would see of the bot's replies.
import { ActivityTypes, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { createBotApp } from '../../src/bot/botApp.js';
import { readConfig } from '../../src/config.js';

// Card properties a person reads: block and run text, action and fact titles, fact values, labels.
const READABLE = new Set(['text', 'title', 'altText', 'label', 'placeholder', 'fallbackText']);

function cardWords(element: unknown, out: string[] = []): string[] {
  if (Array.isArray(element)) element.forEach(item => cardWords(item, out));
  else if (element && typeof element === 'object') {
    const isFact = 'title' in element && 'value' in element && !('type' in element);
    for (const [key, value] of Object.entries(element)) {
      if (typeof value === 'string') { if (READABLE.has(key) || (isFact && key === 'value')) out.push(value); }
      else cardWords(value, out);
    }
  }
  return out;
}

/** A reply as a transcript shows it: the text, then the card's words and the suggested replies, indented. */
export function visibleReply(activity: Partial<Activity>): string {
  const lines = activity.text ? [activity.text] : [];
  for (const attachment of activity.attachments ?? []) {
    lines.push(...cardWords(attachment.content).map(words => `  | ${words}`));
  }
  const suggestions = activity.suggestedActions?.actions.map(action => action.title).filter(Boolean) ?? [];
  if (suggestions.length) lines.push(`  [${suggestions.join(' | ')}]`);
  return lines.join('\n');
}

export interface Conversation { say(text: string): Promise<string> }

export function startConversation(time: string, channelId = 'emulator'): Conversation {
  const app = createBotApp(readConfig({}, 'test'), { storage: new MemoryStorage(), log: () => {} });
  const adapter = new TestAdapter(context => app.bot.run(context), { channelId });
  adapter.onTurnError = app.adapter.onTurnError;
  let minutes = 0;
  return {
    async say(text) {
      // Each turn a minute later, so idle expiry never interferes within a transcript.
      const timestamp = new Date(new Date(time).getTime() + 60_000 * minutes++);
      await adapter.processActivity({ type: ActivityTypes.Message, text, timestamp, channelId });
      const replies = adapter.activeQueue.splice(0).filter(a => a.type === ActivityTypes.Message);
      return replies.map(visibleReply).join('\n');
    },
  };
}
