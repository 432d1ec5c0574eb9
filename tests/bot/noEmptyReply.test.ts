// Every message the bot sends has at least one sentence, whatever was typed: markup, a markdown
// link, a lone "tel" or "ring" used to get an empty bubble with only buttons.
import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBotApp } from '../../src/bot/botApp.js';
import { withASentence } from '../../src/bot/noEmptyReplies.js';
import { readConfig } from '../../src/config.js';
import { visibleReply } from '../support/conversation.js';

const app = createBotApp(readConfig({}, 'test'), { log: () => {} });
let conversation = 0;

async function repliesTo(text: string, channelId: string): Promise<Partial<Activity>[]> {
  const adapter = new TestAdapter(context => app.bot.run(context), { channelId, conversation: { id: `c${conversation++}` } as never });
  await adapter.processActivity({ type: ActivityTypes.Message, text, timestamp: new Date('2026-12-02T10:00:00Z') });
  return adapter.activeQueue.splice(0).filter(a => a.type === ActivityTypes.Message);
}

const SENTENCE = /\p{L}{2,}.*[.?!:]/su;

describe('every reply says something', () => {
  it.each(['<script>alert(1)</script>', '[the MASH](https://example.com/mash)', 'tel', 'ring', 'phone', '', '   ', '<b></b>', '…', '🙂'])(
    'answers %j with at least one sentence on every channel', async text => {
      for (const channelId of ['msteams', 'webchat', 'emulator', 'directline', 'test']) {
        const replies = await repliesTo(text, channelId);
        expect(replies.length).toBeGreaterThan(0);
        // What a person sees: the text, or a card's words (a card carries no text beside it).
        for (const reply of replies) expect(visibleReply(reply)).toMatch(SENTENCE);
      }
    });

  it('holds for whatever is typed', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 40 }), fc.constantFrom('msteams', 'webchat', 'test'), async (text, channelId) => {
      for (const reply of await repliesTo(text, channelId)) expect(visibleReply(reply)).toMatch(SENTENCE);
    }), { numRuns: 60 });
  });

  it('reads a card\'s words as its whole JSON would (a "text" with a word before any quote), however the card is nested', () => {
    const saysSomethingAsJson = (attachments: unknown) => /"text":"[^"]*\p{L}{2,}/u.test(JSON.stringify(attachments));
    const words = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', 'a', 'ok', 'a"b', 'x\nb', '"ab', '1 2', 'é', '\\ab', 'I"ll call'));
    const { card } = fc.letrec(tie => ({
      card: fc.oneof({ depthSize: 'small' },
        fc.dictionary(fc.constantFrom('text', 'title', 'type', 'body', 'items'), fc.oneof(words, tie('card'), fc.integer()), { maxKeys: 4 }),
        fc.array(tie('card'), { maxLength: 3 }), words),
    }));
    fc.assert(fc.property(fc.array(card, { maxLength: 3 }), attachments => {
      const reply = withASentence({ type: 'message', attachments: attachments as never });
      expect(reply.text === undefined).toBe(saysSomethingAsJson(attachments));
    }), { numRuns: 2000 });
  });

  it('gives a card with no words a sentence of its own, and leaves other activities alone', () => {
    expect(withASentence({ type: 'message', text: '', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive' }] }).text).toMatch(SENTENCE);
    expect(withASentence({ type: 'typing' })).toEqual({ type: 'typing' });
  });
});
