// The direct turn path (dialogs/directTurns.ts) against the dialogs it stands in for: the same
// conversations played through a bot that takes the direct path and one that runs every turn through
// botbuilder-dialogs must send the same replies and keep the same state, turn by turn; and a
// conversation that moves between the two at every turn (a restart onto a new version, two instances
// of different versions behind one store) must not notice.
import { ActivityTypes, MemoryStorage, TestAdapter, type Activity, type Storage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createBotApp } from '../../src/bot/botApp.js';
import { readConfig } from '../../src/config.js';
import { kb } from '../support/knowledge.js';
import { understander } from '../understanding/understander.js';

type Message = string | Partial<Activity>;

/** Conversations that take every turn of the two states: asked again, answered, interrupted, left. */
const CONVERSATIONS: Record<string, Message[]> = {
  'questions asked and answered': ['speech and language worries for my son', 'Mansfield', 'he is 4', 'why?', 'what if she lived in Derby?'],
  'a county, then its districts offered': ['where do I refer a 7-year-old with suspected ADHD in Nottinghamshire?', 'Rushcliffe', 'no diagnosis', 'yes, the family consents'],
  'the same question asked again, then answered anyway': ['my child needs help', 'not sure', 'dunno', 'no idea', 'thanks'],
  'harm told mid-question': ['is there a parenting course for a 9 year old with behaviour problems?', 'he hit me and I am scared of him going home', 'Derby'],
  'start over mid-question': ['speech and language worries', 'start over', 'mash number notts', 'out of hours?'],
  'a message with no text at the prompt': ['autism assessment for my daughter', { type: ActivityTypes.Message, value: { submitted: true } }, 'Arnold', '6'],
  'an empty message at the prompt': ['autism assessment for my daughter', '', 'Arnold'],
  'greetings and lookups': ['hi', 'edt number derby', 'thanks', 'who do I call out of hours?'],
};

const CHANNELS = ['emulator', 'msteams', 'telegram'];

/** `minute`: minutes after the first message, so bots that share a conversation share its clock. */
interface Bot { send(message: Message, minute: number): Promise<unknown[]> }

function startBot(storage: Storage, directTurns: boolean, channelId: string, conversation: string): Bot {
  const app = createBotApp(readConfig({}, 'test'), { kb, understander, storage, log: () => {}, directTurns });
  const adapter = new TestAdapter(context => app.bot.run(context), { channelId, conversation: { id: conversation } as never });
  adapter.onTurnError = app.adapter.onTurnError;
  return {
    async send(message, minute) {
      const activity = typeof message === 'string' ? { type: ActivityTypes.Message, text: message } : message;
      await adapter.processActivity({ timestamp: new Date(Date.parse('2026-12-02T10:00:00Z') + 60_000 * minute), channelId, ...activity });
      // What a channel receives: everything but the ids and addresses the adapter stamps on each activity.
      return adapter.activeQueue.splice(0).map(({ type, text, speak, inputHint, attachments, suggestedActions, summary }) =>
        JSON.parse(JSON.stringify({ type, text, speak, inputHint, attachments, suggestedActions, summary })) as unknown);
    },
  };
}

/**
 * The stored state without what differs by chance: waterfall instance ids (telemetry only) and the nesting
 * a question asked again leaves (the dialogs' referral dialog replaces itself inside itself; the direct
 * path writes the same question once).
 */
async function storedState(storage: Storage, channelId: string, conversation: string): Promise<unknown> {
  const key = `${channelId}/conversations/${conversation}/`;
  const { eTag: _eTag, ...state } = ((await storage.read([key]))[key] ?? {}) as Record<string, unknown>;
  type Entry = { id?: string; state?: { dialogs?: { dialogStack?: Entry[] } } } | null;
  const innermost = (entry: Entry): Entry => {
    const inner = entry?.state?.dialogs?.dialogStack;
    return entry?.id === 'referralDialog' && inner?.length === 1 && inner[0]?.id === 'referralDialog' ? innermost(inner[0]) : entry;
  };
  return JSON.parse(JSON.stringify(state, (name, value: unknown) => (name === 'instanceId' ? undefined : innermost(value as Entry)))) as unknown;
}

describe('the direct turn path', () => {
  for (const channelId of CHANNELS) {
    for (const [name, messages] of Object.entries(CONVERSATIONS)) {
      it(`replies and keeps state as the dialogs do: ${name} (${channelId})`, async () => {
        const direct = { storage: new MemoryStorage() }, dialogs = { storage: new MemoryStorage() };
        const directBot = startBot(direct.storage, true, channelId, 'c1');
        const dialogBot = startBot(dialogs.storage, false, channelId, 'c1');
        for (const [minute, message] of messages.entries()) {
          const said = JSON.stringify(message);
          expect(await directBot.send(message, minute), said).toEqual(await dialogBot.send(message, minute));
          expect(await storedState(direct.storage, channelId, 'c1'), said).toEqual(await storedState(dialogs.storage, channelId, 'c1'));
        }
      });
    }
  }

  for (const [name, messages] of Object.entries(CONVERSATIONS)) {
    it(`hands a conversation to the dialogs and back at every turn: ${name}`, async () => {
      const shared = new MemoryStorage();
      const bots = [startBot(shared, true, 'emulator', 'c2'), startBot(shared, false, 'emulator', 'c2')];
      const alone = startBot(new MemoryStorage(), false, 'emulator', 'c2');
      for (const [turn, message] of messages.entries()) {
        expect(await bots[turn % 2]!.send(message, turn), JSON.stringify(message)).toEqual(await alone.send(message, turn));
      }
    });
  }
});
