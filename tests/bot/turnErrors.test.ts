// When a turn fails, the user is told plainly (with the emergency line), the conversation's state is
// cleared, the log holds no message text, and the bot keeps answering.
import { describe, expect, it } from 'vitest';
import { observedUnderstander, startTestBot } from '../support/conversation.js';

describe('a turn that fails', () => {
  it('apologises with the 999 line, logs no message text, and the next turn works', async () => {
    const logged: Record<string, unknown>[] = [];
    const observed = observedUnderstander();
    const bot = startTestBot({ channelId: 'test', understander: observed.understander, log: entry => logged.push(entry) });
    observed.failing(true);

    const replies = (await bot.send({ type: 'message', text: 'my secret message about Amy' })).map(a => a.text);
    expect(replies).toHaveLength(1);
    // The failed turn may have been about a child at risk: 999 and every front door, day and night.
    expect(replies[0]).toMatch(/something went wrong.*999/s);
    for (const number of ['0300 500 80 90', '0300 456 4546', '0115 876 4800', '0115 876 1000', '01332 641172', '01332 786968']) {
      expect(replies[0]).toContain(number);
    }
    expect(JSON.stringify(logged)).not.toContain('secret');
    expect(logged[0]).toMatchObject({ level: 'error', event: 'turn-error' });

    observed.failing(false);
    expect(await bot.say('mash number notts')).toContain('0300 500 80 90');
  });
});
