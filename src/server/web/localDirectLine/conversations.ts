// The local Direct Line's memory: tokens, the conversations they opened and each conversation's
// activities in order. A watermark is a position in that list, as in Direct Line 3.0.
// In-memory on purpose: this mode exists for `npm start` with no Azure; it is bounded so a busy
// or hostile client cannot grow it without limit.
import { randomBytes } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { directLineConversation } from './adapter.js';

export const TOKEN_LIFETIME_SECONDS = 30 * 60;
const MAX_CONVERSATIONS = 500;
const MAX_ACTIVITIES_PER_CONVERSATION = 1000;

export interface LocalToken { token: string; userId: string; expiresAt: number }

export interface LocalConversation {
  id: string;
  userId: string;
  activities: Partial<Activity>[];
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
  private readonly tokens = new Map<string, LocalToken>();
  private readonly conversations = new Map<string, LocalConversation>();

  constructor(private readonly clock: () => number = Date.now) {}

  issueToken(userId: string): LocalToken {
    this.forgetExpired();
    const issued = { token: randomId(32), userId, expiresAt: this.clock() + TOKEN_LIFETIME_SECONDS * 1000 };
    this.tokens.set(issued.token, issued);
    return issued;
  }

  /** The token's holder, or undefined when the token is unknown or expired. */
  holder(token: string | undefined): LocalToken | undefined {
    const found = token ? this.tokens.get(token) : undefined;
    return found && found.expiresAt > this.clock() ? found : undefined;
  }

  refresh(token: LocalToken): LocalToken {
    token.expiresAt = this.clock() + TOKEN_LIFETIME_SECONDS * 1000;
    return token;
  }

  start(userId: string): LocalConversation {
    this.forgetExpired();
    if (this.conversations.size >= MAX_CONVERSATIONS) {
      const oldest = [...this.conversations.values()].sort((a, b) => a.lastUsed - b.lastUsed)[0];
      if (oldest) this.conversations.delete(oldest.id);
    }
    const conversation = { id: randomId(16), userId, activities: [], nextSequence: 0, lastUsed: this.clock() };
    this.conversations.set(conversation.id, conversation);
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
    if (conversation.activities.length >= MAX_ACTIVITIES_PER_CONVERSATION) throw new ConversationLimitReached();
    const stored: Partial<Activity> = {
      ...activity,
      id: `${conversationId}|${String(conversation.nextSequence++).padStart(7, '0')}`,
      timestamp: new Date(this.clock()),
      conversation: directLineConversation(conversationId),
    };
    conversation.activities.push(stored);
    conversation.lastUsed = this.clock();
    return stored;
  }

  replace(conversationId: string, activity: Partial<Activity>): boolean {
    const list = this.conversations.get(conversationId)?.activities;
    const at = list?.findIndex(a => a.id === activity.id) ?? -1;
    if (!list || at < 0) return false;
    list[at] = { ...list[at], ...activity };
    return true;
  }

  /** Activities after the watermark, and the new watermark. */
  since(conversation: LocalConversation, watermark: number): { activities: Partial<Activity>[]; watermark: string } {
    conversation.lastUsed = this.clock();
    const from = Number.isInteger(watermark) && watermark >= 0 ? watermark : 0;
    return { activities: conversation.activities.slice(from), watermark: String(conversation.activities.length) };
  }

  private forgetExpired(): void {
    const now = this.clock();
    for (const [key, token] of this.tokens) if (token.expiresAt <= now) this.tokens.delete(key);
    const idleLimit = TOKEN_LIFETIME_SECONDS * 1000 * 2;
    for (const [key, conversation] of this.conversations) if (now - conversation.lastUsed > idleLimit) this.conversations.delete(key);
  }
}
