// Conversation state whose save is conditional on what the turn read. botbuilder's BotState writes
// every save with eTag "*" (last write wins), so two messages at once lost a fact; this keeps the eTag
// that came with the state and writes with it, and a conversation not yet stored is written only if
// nobody created it meanwhile. A conflict surfaces as an error for the turn transaction to handle.
import { ConversationState, type Storage, type TurnContext } from 'botbuilder';
import { serialisedOf, withSerialised } from './serialisedItems.js';
import { CREATE_ONLY } from './storeErrors.js';

interface CachedState { state: Record<string, unknown>; hash: string; eTag?: string }

// State is plain JSON (it is stored as JSON), so the built-in serialiser is the change check; botbuilder's
// calculateChangeHash guards against cycles with a replacer and was a measurable share of each turn.
const calculateChangeHash = (state: Record<string, unknown>): string => JSON.stringify(state);

export class ConcurrentConversationState extends ConversationState {
  private readonly cacheKey = Symbol('concurrentConversationState');

  constructor(storage: Storage) { super(storage); }

  override async load(context: TurnContext, force = false): Promise<any> {
    const cached = context.turnState.get(this.cacheKey) as CachedState | undefined;
    if (cached && !force) return cached.state;
    const key = await this.storageKey(context);
    const item = (await this.storage.read([key]))[key];
    const { eTag, ...state } = (item ?? {}) as Record<string, unknown> & { eTag?: string };
    // A store that kept the state as JSON hands it back: that is the state as loaded, serialised.
    context.turnState.set(this.cacheKey, { state, hash: serialisedOf(item) ?? calculateChangeHash(state), eTag } satisfies CachedState);
    return state;
  }

  override get(context: TurnContext): any {
    return (context.turnState.get(this.cacheKey) as CachedState | undefined)?.state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const cached = context.turnState.get(this.cacheKey) as CachedState | undefined;
    if (!cached) return;
    // The state as written is the state as it stands now: one serialisation is both the change check and the new hash.
    const hash = calculateChangeHash(cached.state);
    if (!force && cached.hash === hash) return;
    const key = await this.storageKey(context);
    const item = { ...cached.state, eTag: cached.eTag ?? CREATE_ONLY };
    // The store writes the state without its eTag: that is the hash, unless the state had an eTag of its own.
    await this.storage.write({ [key]: 'eTag' in cached.state ? item : withSerialised(item, hash) });
    cached.hash = hash;
    // Our stores hand back the new eTag, so a second save in the same turn is still conditional.
    cached.eTag = item.eTag !== CREATE_ONLY ? item.eTag : undefined;
  }

  override async clear(context: TurnContext): Promise<void> {
    const cached = context.turnState.get(this.cacheKey) as CachedState | undefined;
    context.turnState.set(this.cacheKey, { state: {}, hash: '', eTag: cached?.eTag } satisfies CachedState);
  }

  override async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.cacheKey);
    await this.storage.delete([await this.storageKey(context)]);
  }
}
