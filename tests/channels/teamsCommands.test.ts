// The Teams command menu through the real bot on the msteams channel: each command as Teams sends it
// (the title alone, or after an @mention in a team) does what its description in the manifest says.
import { ActivityTypes, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createBotApp } from '../../src/bot/botApp.js';
import { WHICH_AUTHORITY } from '../../src/bot/commands.js';
import { readConfig } from '../../src/config.js';
import { HELP, QUESTIONS } from '../../src/render/messages.js';

const app = createBotApp(readConfig({}, 'test'), { storage: new MemoryStorage(), log: () => {} });
const bot = { id: 'bot', name: 'Referral guide' };

let chats = 0;

/** A new conversation each time: state is kept per conversation id, and the bot is shared. */
function teamsChat() {
  const conversation = { id: `teams-chat-${++chats}`, isGroup: false, conversationType: 'personal', name: '' };
  const adapter = new TestAdapter(context => app.bot.run(context), { channelId: 'msteams' });
  adapter.onTurnError = app.adapter.onTurnError;
  return async (text: string, extra: Partial<Activity> = {}): Promise<Partial<Activity>[]> => {
    await adapter.processActivity({ type: ActivityTypes.Message, text, recipient: bot, timestamp: new Date('2026-12-01T10:00:00Z'), channelId: 'msteams', conversation, ...extra });
    return adapter.activeQueue.splice(0).filter(a => a.type === ActivityTypes.Message);
  };
}
const said = (replies: Partial<Activity>[]) => replies.map(r => r.text ?? '').join('\n');

describe('Teams commands', () => {
  it('"refer" starts the referral questions (it used to answer "Cancelled")', async () => {
    const send = teamsChat();
    const replies = await send('refer');
    expect(said(replies)).not.toMatch(/cancel/i);
    expect(said(replies)).toContain(QUESTIONS.area);
    // And the questions carry on from there.
    expect([QUESTIONS.age, QUESTIONS.concern]).toContain(said(await send('Mansfield')));
  });

  it('"contact" asks which authority, with the three as choices, and guesses none', async () => {
    const replies = await teamsChat()('contact');
    expect(said(replies)).toBe(WHICH_AUTHORITY);
    expect(said(replies)).not.toMatch(/\d{4} \d{3}/);
    expect(replies[0]?.suggestedActions?.actions.map(a => a.title)).toEqual(['Nottinghamshire', 'Nottingham City', 'Derby']);
  });

  it.each([
    ['front door contacts for Nottinghamshire', '0300 500 80 90'],
    ['front door contacts for Nottingham City', '0115 876 4800'],
    ['front door contacts for Derby', '01332 641172'],
  ])('the choice "%s" gives that authority\'s front door (%s)', async (choice, number) => {
    const send = teamsChat();
    await send('contact');
    const activity = (await send(choice))[0];
    expect(JSON.stringify(activity)).toContain(number);
  });

  it('"contact" with words after it is an ordinary lookup, as the question suggests typing where no choices show', async () => {
    expect(JSON.stringify(await teamsChat()('contact mash notts'))).toContain('0300 500 80 90');
    const send = teamsChat();
    expect(said(await send('contact'))).toContain('"contact derby"');
    expect(JSON.stringify(await send('contact derby'))).toContain('01332 641172');
  });

  it('"help" says what the guide can do', async () => {
    expect(said(await teamsChat()('help'))).toBe(HELP);
  });

  it('works after an @mention in a team channel', async () => {
    const replies = await teamsChat()('<at>Referral guide</at> refer', {
      entities: [{ type: 'mention', text: '<at>Referral guide</at>', mentioned: bot }],
    });
    expect(said(replies)).toContain(QUESTIONS.area);
  });
});
