// The embedded default's state store: a bounded map. A record expires after the idle limit (the key
// goes, not just the content) and, past the record limit, the least recently used one is evicted, so
// memory stays flat however many conversations come and go. Writes honour eTags like the blob store.
import type { Storage, StoreItems } from 'botbuilder';
import { serialisedOf, withSerialised } from './serialisedItems.js';
import { CREATE_ONLY, StateConflict, type ReportsHealth, type StoreHealth } from './storeErrors.js';

export interface MemoryLimits { maxRecords: number; idleMs: number }

export const DEFAULT_MEMORY_LIMITS: MemoryLimits = { maxRecords: 10_000, idleMs: 30 * 60 * 1000 };

interface MemoryRecord { json: string; eTag: string; usedAt: number }

export class BoundedMemoryStorage implements Storage, ReportsHealth {
  // Map keeps insertion order; every use re-inserts, so the first entry is always the least recently used.
  private readonly records = new Map<string, MemoryRecord>();
  private nextETag = 1;

  constructor(private readonly limits: MemoryLimits = DEFAULT_MEMORY_LIMITS, private readonly clock: () => number = Date.now) {}

  get size(): number { return this.records.size; }

  async read(keys: string[]): Promise<StoreItems> {
    this.forgetIdle();
    const items: StoreItems = {};
    for (const key of keys) {
      const record = this.records.get(key);
      if (!record) continue;
      this.touch(key, record);
      // The JSON read is the state as loaded, serialised: the change check at save needs no other.
      items[key] = withSerialised({ ...(JSON.parse(record.json) as object), eTag: record.eTag }, record.json);
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    this.forgetIdle();
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...content } = (item ?? {}) as { eTag?: string };
      const current = this.records.get(key);
      if (eTag === CREATE_ONLY ? current : eTag && eTag !== '*' && current?.eTag !== eTag) throw new StateConflict(key);
      const record = { json: serialisedOf(item) ?? JSON.stringify(content), eTag: String(this.nextETag++), usedAt: this.clock() };
      this.touch(key, record);
      (item as { eTag?: string }).eTag = record.eTag;
    }
    while (this.records.size > this.limits.maxRecords) this.records.delete(this.records.keys().next().value!);
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.records.delete(key);
  }

  async health(): Promise<StoreHealth> { return { store: 'memory', reachable: true }; }

  private touch(key: string, record: MemoryRecord): void {
    record.usedAt = this.clock();
    this.records.delete(key);
    this.records.set(key, record);
  }

  /** The least recently used come first, so the sweep stops at the first record still in use. */
  private forgetIdle(): void {
    const oldest = this.clock() - this.limits.idleMs;
    for (const [key, record] of this.records) {
      if (record.usedAt > oldest) break;
      this.records.delete(key);
    }
  }
}
