// The bot at the channel edge: who gets a welcome, Teams @mentions, and a failed turn forgetting the case.
import { ActivityTypes, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { WELCOME } from '../../src/render/messages.js';
import { BOT_ACCOUNT, observedUnderstander, startTestBot, visibleReply } from '../support/conversation.js';

const texts = (replies: Partial<Activity>[]) => replies.map(visibleReply).join('\n');

describe('welcome', () => {
  it('greets a person who joins the conversation, with the emergency line', async () => {
    const bot = startTestBot({ channelId: 'emulator' });
    const reply = texts(await bot.send({ type: ActivityTypes.ConversationUpdate, membersAdded: [BOT_ACCOUNT, { id: 'user-1', name: 'Sam' }] }));
    expect(reply).toBe(WELCOME);
    expect(reply).toContain('999');
  });

  it('says nothing when only the bot itself is added', async () => {
    const bot = startTestBot({ channelId: 'msteams' });
    expect(await bot.send({ type: ActivityTypes.ConversationUpdate, membersAdded: [BOT_ACCOUNT] })).toEqual([]);
  });
});

describe('Teams', () => {
  it('reads a message that @mentions the bot without the mention', async () => {
    const observed = observedUnderstander();
    const bot = startTestBot({ channelId: 'msteams', understander: observed.understander });
    const mention = `<at>${BOT_ACCOUNT.name}</at>`;
    const reply = texts(await bot.send({
      type: ActivityTypes.Message, text: `${mention} mash number notts`,
      entities: [{ type: 'mention', mentioned: BOT_ACCOUNT, text: mention }],
    }));
    expect(observed.heard).toEqual(['mash number notts']);
    expect(reply).toContain('0300 500 80 90');
  });
});

describe('a turn that fails', () => {
  it('forgets the case, so the next question starts clean', async () => {
    const observed = observedUnderstander();
    const bot = startTestBot({ understander: observed.understander });
    await bot.say('8 year old in Derby with behaviour problems');
    observed.failing(true);
    expect(await bot.say('she is 9 now')).toMatch(/something went wrong.*999/s);
    observed.failing(false);
    expect(await bot.say('why?')).not.toContain('Derby');
  });
});
