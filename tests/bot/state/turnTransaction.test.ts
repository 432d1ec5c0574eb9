// Two messages of one conversation handled at once must both keep their facts: the turn whose save
// comes second finds the state changed, runs again on what the first left, and only then replies.
import { ActivityTypes, TestAdapter, type Storage, type StoreItems } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createBotApp, type BotApp } from '../../../src/bot/botApp.js';
import { BoundedMemoryStorage } from '../../../src/bot/state/boundedMemoryStorage.js';
import { readConfig } from '../../../src/config.js';
import { loadKnowledgeBase } from '../../../src/knowledge/loader.js';
import { createUnderstander } from '../../../src/understanding/understander.js';

const kb = loadKnowledgeBase();
const understander = createUnderstander(kb);
const KEY = 'test/conversations/shared-case/';

/** A store where, just before the first turn saves, another instance's turn runs to completion. */
function interleavingStore(store: Storage, interleave: () => Promise<void>): Storage {
  let interleaved = false;
  return {
    read: keys => store.read(keys),
    delete: keys => store.delete(keys),
    async write(changes: StoreItems) {
      if (!interleaved) { interleaved = true; await interleave(); }
      return store.write(changes);
    },
  };
}

function instance(storage: Storage, logged: string[] = []): { app: BotApp; adapter: TestAdapter } {
  const app = createBotApp(readConfig({}, 'test'), { kb, understander, storage, log: entry => logged.push(entry.event) });
  const adapter = new TestAdapter(context => app.bot.run(context), { channelId: 'test', conversation: { id: 'shared-case' } as never });
  adapter.onTurnError = app.adapter.onTurnError;
  return { app, adapter };
}

const message = (text: string) => ({ type: ActivityTypes.Message, text, timestamp: new Date('2026-12-02T10:00:00Z') });

describe('two messages at once in one conversation', () => {
  it.each([
    ['a new conversation', false],
    ['a conversation already under way', true],
  ])('keeps both messages\' facts in %s', async (_what, underWay) => {
    const shared = new BoundedMemoryStorage();
    const other = instance(shared);
    if (underWay) await other.adapter.processActivity(message('speech and language worries'));
    other.adapter.activeQueue.splice(0);

    const logged: string[] = [];
    const first = instance(interleavingStore(shared, async () => { await other.adapter.processActivity(message('we live in Mansfield')); }), logged);
    await first.adapter.processActivity(message('my son is 7'));

    const facts = ((await shared.read([KEY]))[KEY] as { caseMemory: { facts: { ageYears?: number; area?: { place?: string } } } }).caseMemory.facts;
    expect(facts.ageYears).toBe(7);
    expect(facts.area?.place).toBe('Mansfield');
    expect(logged).toContain('state-conflict-rerun');
    // The replies the user sees are those of the run that was saved, and there is no apology.
    const replies = first.adapter.activeQueue.map(a => a.text ?? '').join('\n');
    expect(replies).not.toMatch(/something went wrong/i);
    expect(replies).not.toMatch(/which town|how old/i);
  });

  it('says sorry without clearing the case when the conflicts never stop', async () => {
    const shared = new BoundedMemoryStorage();
    const { adapter } = instance(shared);
    await adapter.processActivity(message('speech and language worries in Mansfield'));
    adapter.activeQueue.splice(0);
    const before = JSON.stringify((await shared.read([KEY]))[KEY]);

    const alwaysConflicting: Storage = { ...shared, read: keys => shared.read(keys), delete: keys => shared.delete(keys), write: async () => { throw new Error('Storage: error writing due to eTag conflict.'); } };
    const busy = instance(alwaysConflicting);
    await busy.adapter.processActivity(message('he is 7'));
    const replies = busy.adapter.activeQueue.map(a => a.text ?? '');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatch(/something went wrong.*999/s);
    expect(JSON.stringify((await shared.read([KEY]))[KEY])).toBe(before);
  });
});
