// State serialised once a turn (src/bot/state/serialisedItems.ts): the JSON the embedded store hands
// back with an item is exactly the item without its eTag, serialised, so the change check can use it;
// and conversation state over that store still writes a changed state, as it stands, and only then.
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundedMemoryStorage } from '../../../src/bot/state/boundedMemoryStorage.js';
import { ConcurrentConversationState } from '../../../src/bot/state/concurrentConversationState.js';
import { serialisedOf } from '../../../src/bot/state/serialisedItems.js';

const turn = (adapter: TestAdapter) => new TurnContext(adapter, { type: 'message', channelId: 'test', conversation: { id: 'c1' } } as Activity);

describe('state serialised once a turn', () => {
  it('is handed back by the embedded store as the item without its eTag, serialised', async () => {
    await fc.assert(fc.asyncProperty(fc.dictionary(fc.string(), fc.jsonValue()), async content => {
      const store = new BoundedMemoryStorage();
      await store.write({ k: { ...content } });
      const { k: item } = await store.read(['k']);
      const { eTag: _eTag, ...state } = item as Record<string, unknown>;
      expect(serialisedOf(item)).toBe(JSON.stringify(state));
    }));
  });

  it('writes a changed state as it stands, and an unchanged one not at all', async () => {
    const store = new BoundedMemoryStorage();
    const state = new ConcurrentConversationState(store);
    const facts = state.createProperty<{ age?: number; places: string[] }>('facts');
    const adapter = new TestAdapter();
    const key = 'test/conversations/c1/';

    const first = turn(adapter);
    await facts.set(first, { age: 7, places: ['Arnold'] });
    await state.saveChanges(first);
    const written = (await store.read([key]))[key] as { eTag: string };
    expect(written).toMatchObject({ facts: { age: 7, places: ['Arnold'] } });

    const unchanged = turn(adapter);
    await facts.get(unchanged);
    await state.saveChanges(unchanged);
    expect(((await store.read([key]))[key] as { eTag: string }).eTag).toBe(written.eTag);

    const changed = turn(adapter);
    (await facts.get(changed))!.places.push('Derby');
    await state.saveChanges(changed);
    const again = (await store.read([key]))[key] as { eTag: string; facts: unknown };
    expect(again.eTag).not.toBe(written.eTag);
    expect(again.facts).toEqual({ age: 7, places: ['Arnold', 'Derby'] });
  });
});
