// The embedded default's memory stays bounded: idle conversations are forgotten entirely (key and
// all), the least recently used go first past the limit, and a stale write is refused, not applied.
import { describe, expect, it } from 'vitest';
import { BoundedMemoryStorage } from '../../../src/bot/state/boundedMemoryStorage.js';
import { CREATE_ONLY, StateConflict } from '../../../src/bot/state/storeErrors.js';

describe('the embedded state store', () => {
  it('forgets a conversation idle past the limit, key and all', async () => {
    let now = 0;
    const store = new BoundedMemoryStorage({ maxRecords: 100, idleMs: 1000 }, () => now);
    await store.write({ a: { facts: 1 } });
    now = 500;
    await store.write({ b: { facts: 2 } });
    now = 1200;
    expect(Object.keys(await store.read(['a', 'b']))).toEqual(['b']);
    expect(store.size).toBe(1);
  });

  it('holds at most its record limit, evicting the least recently used', async () => {
    let now = 0;
    const store = new BoundedMemoryStorage({ maxRecords: 3, idleMs: 60_000 }, () => now++);
    for (const key of ['a', 'b', 'c']) await store.write({ [key]: { n: key } });
    await store.read(['a']);
    await store.write({ d: { n: 'd' } });
    expect(Object.keys(await store.read(['a', 'b', 'c', 'd'])).sort()).toEqual(['a', 'c', 'd']);
    for (let i = 0; i < 1000; i++) await store.write({ [`k${i}`]: { i } });
    expect(store.size).toBe(3);
  });

  it('refuses a write based on a stale read, and a create when the record exists', async () => {
    const store = new BoundedMemoryStorage();
    const created = { facts: 1, eTag: CREATE_ONLY };
    await store.write({ a: created });
    await expect(store.write({ a: { facts: 2, eTag: CREATE_ONLY } })).rejects.toBeInstanceOf(StateConflict);
    const read = (await store.read(['a'])).a as { eTag: string };
    await store.write({ a: { facts: 3, eTag: read.eTag } });
    await expect(store.write({ a: { facts: 4, eTag: read.eTag } })).rejects.toBeInstanceOf(StateConflict);
    expect((await store.read(['a'])).a).toMatchObject({ facts: 3 });
  });

  it('hands back copies, so a turn changing what it read changes nothing stored', async () => {
    const store = new BoundedMemoryStorage();
    await store.write({ a: { list: [1] } });
    const read = (await store.read(['a'])).a as { list: number[] };
    read.list.push(2);
    expect((await store.read(['a'])).a).toMatchObject({ list: [1] });
  });
});
