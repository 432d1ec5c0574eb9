// The one bot-test harness: the real bot (knowledge base, understanding, dialogs, renderers) through
// botbuilder's TestAdapter, as every bot and transcript test drives it. Each turn returns what a person
// would see of the bot's replies.
import { ActivityTypes, MemoryStorage, TestAdapter, type Activity, type ChannelAccount } from 'botbuilder';
import { createBotApp, type BotAppOverrides } from '../../src/bot/botApp.js';
import { readConfig } from '../../src/config.js';
import { createUnderstander } from '../../src/understanding/understander.js';
import type { Understander } from '../../src/understanding/understanding.js';
import { kb } from './knowledge.js';

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

export const BOT_ACCOUNT: ChannelAccount = { id: 'bot', name: 'Referral guide' };

export interface TestBot {
  /** Sends any activity (a join, a Teams @mention) and returns the bot's replies as sent. */
  send(activity: Partial<Activity>): Promise<Partial<Activity>[]>;
  /** Sends a message and returns every reply as a person sees it. */
  say(text: string): Promise<string>;
}

export interface TestBotOptions {
  /** The first turn's timestamp (UTC); each later turn is a minute on, so idle expiry never interferes. */
  time?: string;
  channelId?: string;
  understander?: Understander;
  log?: BotAppOverrides['log'];
}

export function startTestBot({ time = '2026-12-02T10:00:00Z', channelId = 'emulator', understander, log = () => {} }: TestBotOptions = {}): TestBot {
  const app = createBotApp(readConfig({}, 'test'), { kb, storage: new MemoryStorage(), understander, log });
  const adapter = new TestAdapter(context => app.bot.run(context), { channelId });
  adapter.onTurnError = app.adapter.onTurnError;
  let minutes = 0;
  const send = async (activity: Partial<Activity>) => {
    const timestamp = new Date(new Date(time).getTime() + 60_000 * minutes++);
    await adapter.processActivity({ recipient: BOT_ACCOUNT, timestamp, channelId, ...activity });
    return adapter.activeQueue.splice(0);
  };
  return {
    send,
    async say(text) {
      const replies = await send({ type: ActivityTypes.Message, text });
      return replies.filter(a => a.type === ActivityTypes.Message).map(visibleReply).join('\n');
    },
  };
}

/** A transcript's conversation: what the user says, and what they see back. */
export const startConversation = (time: string, channelId = 'emulator'): TestBot => startTestBot({ time, channelId });

/** The real understander, which can be made to fail (a turn error) and records what it was asked to read. */
export function observedUnderstander(): { understander: Understander; heard: string[]; failing: (fail: boolean) => void } {
  const real = createUnderstander(kb);
  const heard: string[] = [];
  let fail = false;
  return {
    heard,
    failing: value => { fail = value; },
    understander: {
      understand: (text, ...rest) => {
        if (fail) throw new Error('understanding failed (a test)');
        heard.push(text);
        return real.understand(text, ...rest);
      },
    },
  };
}
