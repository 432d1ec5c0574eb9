// The local Direct Line's memory: tokens, the conversations they opened and each conversation's
// activities in order. A watermark is a sequence number, as in Direct Line 3.0.
// In-memory on purpose: this mode exists for `npm start` with no Azure; it is bounded so a busy or
// hostile client cannot grow it without limit or push other people out:
// - a conversation keeps its latest activities only (by count and by size): the page has long since
//   fetched the older ones;
// - a token holds a few conversations; opening more forgets that token's own oldest, nobody else's;
// - tokens and conversations are kept in the order they were last used, so forgetting the expired
//   ones looks only at those that are (no scan of everything on each request).
import { randomBytes } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { directLineConversation } from './adapter.js';

export const TOKEN_LIFETIME_SECONDS = 30 * 60;
export const LOCAL_LIMITS = {
  tokens: 20_000,
  conversations: 2_000,
  conversationsPerToken: 5,
  activitiesPerConversation: 100,
  /** Serialised size of the activities a conversation keeps; a reply card is 14-39 KB. */
  bytesPerConversation: 512 * 1024,
  /** All conversations together: the worst case a hostile client can make this process hold. */
  bytesInAll: 64 * 1024 * 1024,
};

export interface LocalToken { token: string; userId: string; expiresAt: number }

export interface LocalConversation {
  id: string;
  userId: string;
  /** The latest activities, each with its size; the first one's sequence number is firstSequence. */
  activities: Partial<Activity>[];
  sizes: number[];
  bytes: number;
  firstSequence: number;
  nextSequence: number;
  lastUsed: number;
}

const randomId = (bytes: number): string => randomBytes(bytes).toString('base64url');

export class ConversationLimitReached extends Error {
  constructor() { super('This conversation is too long to continue here. Please start a new chat.'); this.name = 'ConversationLimitReached'; }
}

/** The conversation was forgotten (idle too long, or the oldest when the limit was reached). */
export class ConversationEnded extends Error {
  constructor() { super('This conversation has ended. Please reload the page to start a new chat.'); this.name = 'ConversationEnded'; }
}

export class LocalConversations {
  // Both maps are in last-use order (a use deletes and re-inserts), so the stalest entry is first.
  private readonly tokens = new Map<string, LocalToken>();
  private readonly conversations = new Map<string, LocalConversation>();
  private readonly byUser = new Map<string, string[]>();
  private bytesInAll = 0;

  constructor(private readonly clock: () => number = Date.now, private readonly limits = LOCAL_LIMITS) {}

  get totalBytes(): number { return this.bytesInAll; }
  get conversationCount(): number { return this.conversations.size; }
  get tokenCount(): number { return this.tokens.size; }

  issueToken(userId: string): LocalToken {
    this.forgetExpired();
    const issued = { token: randomId(32), userId, expiresAt: this.clock() + TOKEN_LIFETIME_SECONDS * 1000 };
    this.tokens.set(issued.token, issued);
    if (this.tokens.size > this.limits.tokens) this.tokens.delete(this.tokens.keys().next().value!);
    return issued;
  }

  /** The token's holder, or undefined when the token is unknown or expired. */
  holder(token: string | undefined): LocalToken | undefined {
    const found = token ? this.tokens.get(token) : undefined;
    return found && found.expiresAt > this.clock() ? found : undefined;
  }

  refresh(token: LocalToken): LocalToken {
    token.expiresAt = this.clock() + TOKEN_LIFETIME_SECONDS * 1000;
    this.tokens.delete(token.token);
    this.tokens.set(token.token, token);
    return token;
  }

  start(userId: string): LocalConversation {
    this.forgetExpired();
    for (let own = this.byUser.get(userId) ?? []; own.length >= this.limits.conversationsPerToken; own = this.byUser.get(userId) ?? []) this.forget(own[0]!);
    while (this.conversations.size >= this.limits.conversations) this.forget(this.conversations.keys().next().value!);
    const conversation: LocalConversation = { id: randomId(16), userId, activities: [], sizes: [], bytes: 0, firstSequence: 0, nextSequence: 0, lastUsed: this.clock() };
    this.conversations.set(conversation.id, conversation);
    this.byUser.set(userId, [...(this.byUser.get(userId) ?? []), conversation.id]);
    return conversation;
  }

  /** The conversation, if it exists and belongs to this user. */
  find(id: string, userId: string): LocalConversation | undefined {
    const conversation = this.conversations.get(id);
    return conversation?.userId === userId ? conversation : undefined;
  }

  /** Appends an activity with its Direct Line id ("<conversation>|0000001") and the server's timestamp. */
  append(conversationId: string, activity: Partial<Activity>): Partial<Activity> {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) throw new ConversationEnded();
    const stored: Partial<Activity> = {
      ...activity,
      id: `${conversationId}|${String(conversation.nextSequence++).padStart(7, '0')}`,
      timestamp: new Date(this.clock()),
      conversation: directLineConversation(conversationId),
    };
    const size = Buffer.byteLength(JSON.stringify(stored));
    if (size > this.limits.bytesPerConversation) throw new ConversationLimitReached();
    conversation.activities.push(stored);
    conversation.sizes.push(size);
    this.resize(conversation, size);
    while (conversation.activities.length > this.limits.activitiesPerConversation || conversation.bytes > this.limits.bytesPerConversation) {
      conversation.activities.shift();
      this.resize(conversation, -conversation.sizes.shift()!);
      conversation.firstSequence++;
    }
    this.touch(conversation);
    // Someone else's stale conversations go before this one grows the whole past its ceiling.
    for (const stalest of this.conversations.keys()) {
      if (this.bytesInAll <= this.limits.bytesInAll || stalest === conversationId) break;
      this.forget(stalest);
    }
    return stored;
  }

  replace(conversationId: string, activity: Partial<Activity>): boolean {
    const list = this.conversations.get(conversationId)?.activities;
    const at = list?.findIndex(a => a.id === activity.id) ?? -1;
    if (!list || at < 0) return false;
    list[at] = { ...list[at], ...activity };
    return true;
  }

  /** Activities after the watermark (those still kept), and the new watermark. */
  since(conversation: LocalConversation, watermark: number): { activities: Partial<Activity>[]; watermark: string } {
    this.touch(conversation);
    const from = Number.isInteger(watermark) && watermark >= 0 ? watermark : 0;
    return { activities: conversation.activities.slice(Math.max(0, from - conversation.firstSequence)), watermark: String(conversation.nextSequence) };
  }

  private touch(conversation: LocalConversation): void {
    conversation.lastUsed = this.clock();
    this.conversations.delete(conversation.id);
    this.conversations.set(conversation.id, conversation);
  }

  private resize(conversation: LocalConversation, delta: number): void {
    conversation.bytes += delta;
    this.bytesInAll += delta;
  }

  private forget(id: string): void {
    const conversation = this.conversations.get(id);
    if (!conversation) return;
    this.conversations.delete(id);
    this.bytesInAll -= conversation.bytes;
    const own = (this.byUser.get(conversation.userId) ?? []).filter(other => other !== id);
    if (own.length) this.byUser.set(conversation.userId, own);
    else this.byUser.delete(conversation.userId);
  }

  private forgetExpired(): void {
    const now = this.clock();
    for (const [key, token] of this.tokens) {
      if (token.expiresAt > now) break;
      this.tokens.delete(key);
    }
    const idleLimit = TOKEN_LIFETIME_SECONDS * 1000 * 2;
    for (const [key, conversation] of this.conversations) {
      if (now - conversation.lastUsed <= idleLimit) break;
      this.forget(key);
    }
  }
}
