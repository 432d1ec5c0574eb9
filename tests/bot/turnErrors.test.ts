// When a turn fails, the user is told plainly (with the emergency line), the conversation's state is
// cleared, the log holds no message text, and the bot keeps answering.
import { ActivityTypes, MemoryStorage, TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createBotApp } from '../../src/bot/botApp.js';
import { readConfig } from '../../src/config.js';
import { loadKnowledgeBase } from '../../src/knowledge/loader.js';
import { createUnderstander } from '../../src/understanding/understander.js';
import type { Understander } from '../../src/understanding/understanding.js';

describe('a turn that fails', () => {
  it('apologises with the 999 line, logs no message text, and the next turn works', async () => {
    const logged: Record<string, unknown>[] = [];
    let fail = true;
    const real = createUnderstander(loadKnowledgeBase());
    const understander: Understander = { understand: (...args) => { if (fail) throw new Error('boom'); return real.understand(...args); } };
    const app = createBotApp(readConfig({}, 'test'), { storage: new MemoryStorage(), understander, log: entry => logged.push(entry) });
    const adapter = new TestAdapter(context => app.bot.run(context), { channelId: 'test' });
    adapter.onTurnError = app.adapter.onTurnError;

    await adapter.processActivity({ type: ActivityTypes.Message, text: 'my secret message about Amy', timestamp: new Date() });
    const replies = adapter.activeQueue.splice(0).map(a => a.text);
    expect(replies).toHaveLength(1);
    // The failed turn may have been about a child at risk: 999 and every front door, day and night.
    expect(replies[0]).toMatch(/something went wrong.*999/s);
    for (const number of ['0300 500 80 90', '0300 456 4546', '0115 876 4800', '0115 876 1000', '01332 641172', '01332 786968']) {
      expect(replies[0]).toContain(number);
    }
    expect(JSON.stringify(logged)).not.toContain('secret');
    expect(logged[0]).toMatchObject({ level: 'error', event: 'turn-error' });

    fail = false;
    await adapter.processActivity({ type: ActivityTypes.Message, text: 'mash number notts', timestamp: new Date() });
    expect(adapter.activeQueue.splice(0).map(a => a.text).join('\n')).toContain('0300 500 80 90');
  });
});
