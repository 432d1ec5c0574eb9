// A conversation with the real bot (knowledge base, understanding, dialogs, renderers) through
// botbuilder's TestAdapter: each turn returns every human-readable string the bot sent.
import { ActivityTypes, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { createBotApp } from '../../src/bot/botApp.js';
import { readConfig } from '../../src/config.js';

/** Text, speech, card strings and suggested actions of a reply, as a user would see or hear them. */
export function replyStrings(activity: Partial<Activity>): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  if (activity.text) out.push(activity.text);
  if (activity.speak) out.push(activity.speak);
  walk(activity.attachments?.map(a => a.content) ?? []);
  for (const action of activity.suggestedActions?.actions ?? []) out.push(action.title ?? '');
  return out;
}

export interface Conversation { say(text: string): Promise<string> }

export function startConversation(time: string, channelId = 'emulator'): Conversation {
  const app = createBotApp(readConfig({}, 'test'), { storage: new MemoryStorage(), log: () => {} });
  const adapter = new TestAdapter(context => app.bot.run(context), { channelId });
  let minutes = 0;
  return {
    async say(text) {
      // Each turn a minute later, so idle expiry never interferes within a transcript.
      const timestamp = new Date(new Date(time).getTime() + 60_000 * minutes++);
      await adapter.processActivity({ type: ActivityTypes.Message, text, timestamp, channelId });
      const replies = adapter.activeQueue.splice(0).filter(a => a.type === ActivityTypes.Message);
      return replies.flatMap(replyStrings).join('\n');
    },
  };
}
