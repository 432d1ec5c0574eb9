// The local Direct Line holds up under a busy or hostile client: a conversation keeps only its latest
// activities, a token cannot open enough conversations to push other people out, the whole has a
// ceiling, identifying details are not in the transcript, and too many requests get 429 with Retry-After.
import { ActivityHandler } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalConversations } from '../../src/server/web/localDirectLine/conversations.js';
import { clientAddress, RateLimiter } from '../../src/server/web/localDirectLine/rateLimit.js';
import { loadKnowledgeBase } from '../../src/knowledge/loader.js';
import { startWebServer, type RunningServer } from './webServer.js';

const limits = { tokens: 50, conversations: 20, conversationsPerToken: 3, activitiesPerConversation: 10, bytesPerConversation: 20_000, bytesInAll: 100_000 };
const text = (n: number) => ({ type: 'message' as const, text: 'x'.repeat(n) });

describe('what the local Direct Line holds', () => {
  it('keeps a conversation\'s latest activities by count and size, and the watermark still moves on', () => {
    const store = new LocalConversations(Date.now, limits);
    const conversation = store.start('u1');
    for (let i = 0; i < 500; i++) store.append(conversation.id, { type: 'message', text: `m${i}` });
    const page = store.since(conversation, 0);
    expect(page.activities.map(a => a.text)).toEqual(Array.from({ length: 10 }, (_, i) => `m${490 + i}`));
    expect(page.watermark).toBe('500');
    expect(store.since(conversation, 498).activities.map(a => a.text)).toEqual(['m498', 'm499']);

    for (let i = 0; i < 50; i++) store.append(conversation.id, text(7000));
    expect(store.since(conversation, 0).activities.length).toBeLessThan(3);
    expect(store.totalBytes).toBeLessThanOrEqual(limits.bytesPerConversation);
  });

  it('lets one token open only a few conversations, forgetting its own oldest and nobody else\'s', () => {
    const store = new LocalConversations(Date.now, limits);
    const someoneElse = store.start('bystander');
    const opened = Array.from({ length: 500 }, () => store.start('greedy'));
    expect(store.find(someoneElse.id, 'bystander')).toBeDefined();
    expect(opened.filter(c => store.find(c.id, 'greedy')).length).toBe(3);
  });

  it('holds no more than its ceiling in all, however many visitors fill their conversations', () => {
    const store = new LocalConversations(Date.now, limits);
    for (let user = 0; user < 100; user++) {
      const conversation = store.start(`u${user}`);
      for (let i = 0; i < 20; i++) store.append(conversation.id, text(2000));
    }
    expect(store.totalBytes).toBeLessThanOrEqual(limits.bytesInAll);
    expect(store.conversationCount).toBeLessThanOrEqual(limits.conversations);
  });

  it('holds at most its token limit, however many are minted', () => {
    const store = new LocalConversations(Date.now, limits);
    const minted = Array.from({ length: 1000 }, (_, i) => store.issueToken(`u${i}`));
    expect(store.tokenCount).toBe(limits.tokens);
    expect(store.holder(minted.at(-1)!.token)).toBeDefined();
    expect(store.holder(minted[0]!.token)).toBeUndefined();
  });

  it('forgets expired tokens and idle conversations without keeping their keys', () => {
    let now = 0;
    const store = new LocalConversations(() => now, limits);
    for (let i = 0; i < 40; i++) store.start(store.issueToken(`u${i}`).userId);
    now = 3 * 60 * 60 * 1000;
    store.issueToken('late');
    expect(store.tokenCount).toBe(1);
    expect(store.conversationCount).toBe(0);
  });
});

describe('rate limits', () => {
  it('lets a burst through, then asks the client to wait, then lets it in again', () => {
    let now = 0;
    const limiter = new RateLimiter({ burst: 3, perMinute: 6 }, () => now);
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    const refused = limiter.take('a');
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 10 });
    expect(limiter.take('b').allowed).toBe(true);
    now = 10_000;
    expect(limiter.take('a').allowed).toBe(true);
  });
});

describe('who a client is', () => {
  const request = (forwarded: string | undefined) => ({ headers: { 'x-forwarded-for': forwarded }, socket: { remoteAddress: '10.0.0.9' } });

  it('behind App Service, is the address the front end appended, whatever the caller put before it', () => {
    expect(clientAddress(request('203.0.113.7:51234'), true)).toBe('203.0.113.7');
    expect(clientAddress(request('1.2.3.4, 203.0.113.7:51234'), true)).toBe('203.0.113.7');
    expect(clientAddress(request('[2001:db8::1]:443'), true)).toBe('2001:db8::1');
    expect(clientAddress(request(undefined), true)).toBe('10.0.0.9');
  });

  it('on this machine, is the socket\'s address: a forwarded header proves nothing there', () => {
    expect(clientAddress(request('203.0.113.7'), false)).toBe('10.0.0.9');
  });
});

class QuietBot extends ActivityHandler {}

describe('over HTTP', () => {
  let server: RunningServer;
  beforeAll(async () => { server = await startWebServer({ bot: new QuietBot(), kb: loadKnowledgeBase(), config: {} }); });
  afterAll(async () => { await server?.close(); });

  const post = (path: string, token?: string, body?: unknown) => fetch(`${server.url}${path}`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) }, body: body ? JSON.stringify(body) : undefined,
  });

  it('answers too many messages from one token with 429 and Retry-After, and keeps no identifying details', async () => {
    const { token, domain } = await (await post('/api/directline/token')).json() as { token: string; domain: string };
    const { conversationId } = await (await post(`${domain}/conversations`, token)).json() as { conversationId: string };
    const first = await post(`${domain}/conversations/${conversationId}/activities`, token, { type: 'message', text: 'Jayden Smith is 7, call 07700 900123' });
    expect(first.status).toBe(200);
    const transcript = await (await fetch(`${server.url}${domain}/conversations/${conversationId}/activities`, { headers: { Authorization: `Bearer ${token}` } })).text();
    expect(transcript).not.toMatch(/Jayden|Smith|07700/);

    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 40 && !retryAfter; i++) {
      const response = await post(`${domain}/conversations/${conversationId}/activities`, token, { type: 'message', text: 'hello' });
      statuses.push(response.status);
      retryAfter = response.headers.get('retry-after');
    }
    expect(statuses.at(-1)).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });

  it('answers too many tokens from one address with 429 and Retry-After', async () => {
    let response: Response | undefined;
    for (let i = 0; i < 60; i++) {
      response = await post('/api/directline/token');
      if (response.status === 429) break;
    }
    expect(response?.status).toBe(429);
    expect(Number(response?.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
