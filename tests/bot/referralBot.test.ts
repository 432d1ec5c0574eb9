// The bot at the channel edge: who gets a welcome, Teams @mentions, and a failed turn forgetting the case.
import { ActivityTypes, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createBotApp } from '../../src/bot/botApp.js';
import { readConfig } from '../../src/config.js';
import { loadKnowledgeBase } from '../../src/knowledge/loader.js';
import { WELCOME } from '../../src/render/messages.js';
import { createUnderstander } from '../../src/understanding/understander.js';
import type { Understander } from '../../src/understanding/understanding.js';
import { visibleReply } from '../support/conversation.js';

function botOn(channelId: string, understander?: Understander) {
  const app = createBotApp(readConfig({}, 'test'), { storage: new MemoryStorage(), understander, log: () => {} });
  const adapter = new TestAdapter(context => app.bot.run(context), { channelId });
  adapter.onTurnError = app.adapter.onTurnError;
  const bot = { id: 'bot', name: 'Referral guide' };
  return {
    async send(activity: Partial<Activity>): Promise<string> {
      await adapter.processActivity({ recipient: bot, timestamp: new Date('2026-12-02T10:00:00Z'), ...activity });
      // What a person sees: a card channel's reply is a card with no text beside it.
      return adapter.activeQueue.splice(0).filter(reply => reply.type === ActivityTypes.Message).map(reply => (reply.attachments?.length ? visibleReply(reply) : reply.text ?? '')).join('\n');
    },
    bot,
  };
}

describe('welcome', () => {
  it('greets a person who joins the conversation, with the emergency line', async () => {
    const { send, bot } = botOn('emulator');
    const reply = await send({ type: ActivityTypes.ConversationUpdate, membersAdded: [bot, { id: 'user-1', name: 'Sam' }] });
    expect(reply).toBe(WELCOME);
    expect(reply).toContain('999');
  });

  it('says nothing when only the bot itself is added', async () => {
    const { send, bot } = botOn('msteams');
    expect(await send({ type: ActivityTypes.ConversationUpdate, membersAdded: [bot] })).toBe('');
  });
});

describe('Teams', () => {
  it('reads a message that @mentions the bot without the mention', async () => {
    const heard: string[] = [];
    const real = createUnderstander(loadKnowledgeBase());
    const understander: Understander = { understand: (text, ...rest) => { heard.push(text); return real.understand(text, ...rest); } };
    const { send, bot } = botOn('msteams', understander);
    const mention = `<at>${bot.name}</at>`;
    const reply = await send({
      type: ActivityTypes.Message, text: `${mention} mash number notts`,
      entities: [{ type: 'mention', mentioned: bot, text: mention }],
    });
    expect(heard).toEqual(['mash number notts']);
    expect(reply).toContain('0300 500 80 90');
  });
});

describe('a turn that fails', () => {
  it('forgets the case, so the next question starts clean', async () => {
    let fail = false;
    const real = createUnderstander(loadKnowledgeBase());
    const understander: Understander = { understand: (...args) => { if (fail) throw new Error('boom'); return real.understand(...args); } };
    const { send } = botOn('emulator', understander);
    await send({ type: ActivityTypes.Message, text: '8 year old in Derby with behaviour problems' });
    fail = true;
    expect(await send({ type: ActivityTypes.Message, text: 'she is 9 now' })).toMatch(/something went wrong.*999/s);
    fail = false;
    expect(await send({ type: ActivityTypes.Message, text: 'why?' })).not.toContain('Derby');
  });
});
