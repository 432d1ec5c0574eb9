// The embedded default: with no Azure configuration, Web Chat talks to a Direct Line 3.0 subset served by
// the bot itself. These tests speak the protocol as botframework-directlinejs does when polling.
import type { AddressInfo } from 'node:net';
import { ActivityHandler, type Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBotApp } from '../../src/bot/botApp.js';
import { readConfig } from '../../src/config.js';
import { closeGracefully, createServer } from '../../src/server/createServer.js';
import { visibleReply } from '../support/conversation.js';
import { startWebServer, type RunningServer } from './webServer.js';
import { kb } from '../support/knowledge.js';

/** Greets on join and echoes, so the protocol is tested apart from what the real bot answers. */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMembersAdded(async (context, next) => {
      if (context.activity.membersAdded?.some(m => m.id !== context.activity.recipient.id)) await context.sendActivity('Welcome. In an emergency call 999.');
      await next();
    });
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text} at ${context.activity.timestamp}`);
      await next();
    });
  }
}

let server: RunningServer;
beforeAll(async () => { server = await startWebServer({ bot: new EchoBot(), kb, config: {} }); });
afterAll(async () => { await server?.close(); });

interface Session { token: string; domain: string; webSocket: boolean }
interface Page { activities: { id: string; type: string; text?: string; attachments?: { content?: unknown }[]; from: { id: string; role?: string }; replyToId?: string; timestamp: string }[]; watermark: string }

const call = async (path: string, token: string | undefined, init: { method?: string; body?: unknown } = {}) => {
  const response = await fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  return { status: response.status, body: await response.json() as Record<string, unknown> };
};

const session = async (): Promise<Session> => (await call('/api/directline/token', undefined, { method: 'POST' })).body as unknown as Session;

describe('the local Direct Line', () => {
  it('tells the page where the local Direct Line is and to poll', async () => {
    const s = await session();
    expect(s.domain).toBe('/v3/directline');
    expect(s.webSocket).toBe(false);
    expect(s.token.length).toBeGreaterThan(20);
  });

  it('round trip: start, welcome, post a message, get the echoed user activity and the bot\'s reply after the watermark', async () => {
    const { token, domain } = await session();
    const started = await call(`${domain}/conversations`, token, { method: 'POST' });
    expect(started.status).toBe(201);
    const conversationId = started.body.conversationId as string;

    const first = (await call(`${domain}/conversations/${conversationId}/activities`, token)).body as unknown as Page;
    expect(first.activities.map(a => a.text)).toEqual(['Welcome. In an emergency call 999.']);
    expect(first.watermark).toBe('1');

    const posted = await call(`${domain}/conversations/${conversationId}/activities`, token, {
      method: 'POST', body: { type: 'message', text: 'mash notts', from: { id: 'someone-else', name: 'Web Chat user' }, locale: 'en-GB' },
    });
    expect(posted.status).toBe(200);
    const userActivityId = posted.body.id as string;
    expect(userActivityId).toMatch(new RegExp(`^${conversationId}\\|\\d+$`));

    const next = (await call(`${domain}/conversations/${conversationId}/activities?watermark=${first.watermark}`, token)).body as unknown as Page;
    const [echoed, reply] = next.activities;
    expect(echoed).toMatchObject({ id: userActivityId, type: 'message', text: 'mash notts', from: { role: 'user' } });
    expect(echoed?.from.id).not.toBe('someone-else');
    expect(reply).toMatchObject({ type: 'message', replyToId: userActivityId, from: { role: 'bot' } });
    // The bot's "now" is the server's timestamp on the user's activity, as with the real Direct Line.
    expect(reply?.text).toBe(`echo: mash notts at ${echoed?.timestamp}`);
    expect(next.watermark).toBe('3');

    const nothingNew = (await call(`${domain}/conversations/${conversationId}/activities?watermark=${next.watermark}`, token)).body as unknown as Page;
    expect(nothingNew.activities).toEqual([]);
  });

  it('refuses a missing or made-up token (403) and another visitor\'s conversation (404)', async () => {
    const mine = await session();
    const conversationId = (await call(`${mine.domain}/conversations`, mine.token, { method: 'POST' })).body.conversationId as string;
    expect((await call(`${mine.domain}/conversations`, undefined, { method: 'POST' })).status).toBe(403);
    expect((await call(`${mine.domain}/conversations/${conversationId}/activities`, 'made-up')).status).toBe(403);
    const theirs = await session();
    expect((await call(`${mine.domain}/conversations/${conversationId}/activities`, theirs.token)).status).toBe(404);
  });

  it('refuses an activity it cannot accept with 400', async () => {
    const { token, domain } = await session();
    const conversationId = (await call(`${domain}/conversations`, token, { method: 'POST' })).body.conversationId as string;
    const bad = await call(`${domain}/conversations/${conversationId}/activities`, token, { method: 'POST', body: { type: 'conversationUpdate', membersAdded: [] } });
    expect(bad.status).toBe(400);
  });

  it('refreshes a token, as Web Chat does every few minutes', async () => {
    const { token, domain } = await session();
    const refreshed = await call(`${domain}/tokens/refresh`, token, { method: 'POST' });
    expect(refreshed).toMatchObject({ status: 200, body: { token, expires_in: 1800 } });
  });
});

describe('the real bot over the local Direct Line (npm start with no configuration)', () => {
  it('greets with the emergency line and answers a helpline question with the MASH number', async () => {
    const app = createBotApp(readConfig({}, 'test'), { log: () => {} });
    const server = createServer(app);
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const request = async <T>(method: 'GET' | 'POST', path: string, token?: string, body?: unknown): Promise<T> => (await fetch(`${url}${path}`, {
        method,
        headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })).json() as Promise<T>;
      const { token, domain } = await request<Session>('POST', '/api/directline/token');
      const { conversationId } = await request<{ conversationId: string }>('POST', `${domain}/conversations`, token);
      await request('POST', `${domain}/conversations/${conversationId}/activities`, token, { type: 'message', text: 'mash number notts' });
      const { activities } = await request<Page>('GET', `${domain}/conversations/${conversationId}/activities?watermark=0`, token);
      // What a person sees: the text, or the card (Web Chat gets a card with no text beside it).
      const botSaid = activities.filter(a => a.from.role === 'bot').map(a => visibleReply({ text: a.text, attachments: a.attachments as Partial<Activity>['attachments'] }));
      expect(botSaid[0]).toMatch(/999/);
      expect(botSaid.slice(1).join('\n')).toContain('0300 500 80 90');
    } finally {
      await closeGracefully(server, 1000);
    }
  });
});
