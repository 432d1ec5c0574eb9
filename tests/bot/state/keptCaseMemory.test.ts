// State keeps facts, never whole messages: a huge message costs the store a few hundred bytes, and no
// number, date or name typed by the user is left in it.
import { ActivityTypes, TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createBotApp } from '../../../src/bot/botApp.js';
import { BoundedMemoryStorage } from '../../../src/bot/state/boundedMemoryStorage.js';
import { readConfig } from '../../../src/config.js';

describe('what a conversation keeps', () => {
  it('keeps a few hundred bytes of a 245 KB message, and none of its numbers', async () => {
    const storage = new BoundedMemoryStorage();
    const app = createBotApp(readConfig({}, 'test'), { storage, log: () => {} });
    const adapter = new TestAdapter(context => app.bot.run(context), { channelId: 'test' });
    const words = Array.from({ length: 36_000 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i / 26) % 26))}`);
    const huge = `where can I refer a child with ADHD in Mansfield, call me on 0115 496 0000. ${words.join(' ')}`;
    expect(huge.length).toBeGreaterThan(240_000);
    await adapter.processActivity({ type: ActivityTypes.Message, text: huge, timestamp: new Date() });

    const stored = JSON.stringify(await storage.read(['test/conversations/Convo1/']));
    // The question is kept as the ids of what it is about (src/understanding's topics), never its words.
    expect(stored.length).toBeLessThan(4000);
    expect(stored).not.toContain('worda');
    // The dialog stack's random instance ids are not the message's: they may hold any digits.
    expect(stored.replace(/"instanceId":"[^"]*"/g, '')).not.toMatch(/0115|496/);
    expect(stored).toContain('mansfield');
  });

  it('keeps no name, address, postcode, phone number or date of birth typed in a message', async () => {
    const storage = new BoundedMemoryStorage();
    const app = createBotApp(readConfig({}, 'test'), { storage, log: () => {} });
    const adapter = new TestAdapter(context => app.bot.run(context), { channelId: 'test' });
    const message = 'Jayden Smith is 7, lives at 44 Acacia Avenue, NG2 5AB, mum on 0115 496 0000, d.o.b. 2018-03-14, where can he get ADHD support?';
    await adapter.processActivity({ type: ActivityTypes.Message, text: message, timestamp: new Date() });
    // The dialog stack's random instance ids and versions are not the message's: they may hold any digits.
    const stored = JSON.stringify(await storage.read(['test/conversations/Convo1/'])).toLowerCase()
      .replace(/"(instanceid|version|etag)":"[^"]*"/g, '');
    for (const detail of ['jayden', 'smith', 'acacia', 'ng2', '5ab', '496', '2018', '03-14']) expect(stored).not.toContain(detail);
    expect(stored).toContain('adhd');
  });

});
