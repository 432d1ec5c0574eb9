// npm run chat: the same bot in this process, in a terminal. Reads stdin line by line, so it can be
// scripted (printf 'mash number notts\n' | npm run chat -s); prints the plain-text replies.
import { exitOnStartupError } from '../bot/processStart.js';
import { createInterface } from 'node:readline';
import { ActivityTypes, MemoryStorage, TestAdapter } from 'botbuilder';
import { createBotApp, type BotApp } from '../bot/botApp.js';
import { readConfig } from '../config.js';

let app: BotApp;
try {
  app = createBotApp(readConfig(process.env, 'chat'), { storage: new MemoryStorage() });
} catch (error) {
  exitOnStartupError(error);
}
// "terminal" is not a card channel, so replies come as plain text (src/render/plainText.ts).
const adapter = new TestAdapter(context => app.bot.run(context), { channelId: 'terminal' });
adapter.onTurnError = app.adapter.onTurnError;
const interactive = process.stdin.isTTY;
const lines = createInterface({ input: process.stdin, terminal: interactive });

const show = () => {
  for (const reply of adapter.activeQueue.splice(0)) {
    if (reply.type !== ActivityTypes.Message) continue;
    if (reply.text) console.log(`\n${reply.text}`);
    const choices = reply.suggestedActions?.actions.map(a => a.title).filter(Boolean) ?? [];
    if (choices.length) console.log(`  [${choices.join(' | ')}]`);
  }
};

// A person at the terminal is welcomed; a script gets only the answers to its lines.
if (interactive) {
  console.log('Referral guide: ask about a child, a service or a contact. Ctrl-D to finish.');
  await adapter.processActivity({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'user', name: 'you' }], timestamp: new Date() });
  show();
  process.stdout.write('\n> ');
}
for await (const line of lines) {
  const text = line.trim();
  if (text) {
    await adapter.processActivity({ type: ActivityTypes.Message, text, timestamp: new Date() });
    show();
  }
  if (interactive) process.stdout.write('\n> ');
}
