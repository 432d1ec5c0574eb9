// The HTTP edge on a real listening server: both delivery modes, authentication when configured,
// /healthz, and clear 4xx answers (never a 5xx) for bad input.
import type { AddressInfo } from 'node:net';
import { MemoryStorage, type Activity, type Storage } from 'botbuilder';
import nock from 'nock';
import type { Server } from 'restify';
import { afterEach, describe, expect, it } from 'vitest';
import { createBotApp } from '../../src/bot/botApp.js';
import { readConfig } from '../../src/config.js';
import { closeGracefully, createServer } from '../../src/server/createServer.js';
import { visibleReply } from '../support/conversation.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map(s => closeGracefully(s, 1000)));
  nock.cleanAll();
});

async function listen(env: Record<string, string> = {}, storage?: Storage): Promise<string> {
  const app = createBotApp(readConfig({ PORT: '0', ...env }, '9.9.9'), { log: () => {}, storage });
  const server = createServer(app);
  servers.push(server);
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const message = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'message', id: 'm1', text, channelId: 'webchat', serviceUrl: 'http://127.0.0.1:9/',
  conversation: { id: 'conv-1' }, from: { id: 'user-1' }, recipient: { id: 'bot' },
  timestamp: '2026-12-01T10:00:00Z', locale: 'en-GB', ...extra,
});

const post = (url: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${url}/api/messages`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('POST /api/messages', () => {
  it('returns the replies in the body for deliveryMode expectReplies', async () => {
    const url = await listen();
    const response = await post(url, message('mash number notts', { deliveryMode: 'expectReplies' }));
    expect(response.status).toBe(200);
    const body = await response.json() as { activities: Partial<Activity>[] };
    expect(body.activities.map(visibleReply).join('\n')).toContain('0300 500 80 90');
  });

  it('posts the replies to the channel\'s serviceUrl in normal delivery', async () => {
    const sent: Partial<Activity>[] = [];
    nock('http://127.0.0.1:9').post(/\/v3\/conversations\/conv-1\/activities/).times(5)
      .reply(200, (_uri, body) => { sent.push(body as Partial<Activity>); return { id: 'r1' }; });
    const url = await listen();
    const response = await post(url, message('edt number derby'));
    expect(response.status).toBe(200);
    expect(sent.map(visibleReply).join('\n')).toContain('01332 786968');
  });

  it('refuses a request without a Bot Framework token when an app registration is configured', async () => {
    const url = await listen({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret', MicrosoftAppType: 'MultiTenant' });
    const response = await post(url, message('hello', { deliveryMode: 'expectReplies', serviceUrl: 'https://smba.trafficmanager.net/emea/' }));
    expect(response.status).toBe(401);
  });

  it('refuses a token that is not signed by the Bot Framework', async () => {
    // The adapter looks up the channel's signing keys; here the published set holds none of this token's.
    nock('https://login.botframework.com').persist()
      .get('/v1/.well-known/openidconfiguration').reply(200, { issuer: 'https://api.botframework.com', jwks_uri: 'https://login.botframework.com/v1/.well-known/keys' })
      .get('/v1/.well-known/keys').reply(200, { keys: [] });
    const appId = '00000000-0000-0000-0000-000000000001';
    const url = await listen({ MicrosoftAppId: appId, MicrosoftAppPassword: 'secret', MicrosoftAppType: 'MultiTenant' });
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const forged = [part({ alg: 'RS256', typ: 'JWT', kid: 'not-a-bot-framework-key' }), part({ iss: 'https://api.botframework.com', aud: appId, exp: Math.floor(Date.now() / 1000) + 600 }), 'c2lnbmF0dXJl'].join('.');
    const response = await post(url, message('hello', { deliveryMode: 'expectReplies', serviceUrl: 'https://smba.trafficmanager.net/emea/' }), { 'content-type': 'application/json', authorization: `Bearer ${forged}` });
    expect(response.status).toBe(401);
  });

  it.each([
    ['malformed JSON', '{"type": "message",', { 'content-type': 'application/json' }, 400],
    ['the wrong content type', 'hello', { 'content-type': 'text/plain' }, 400],
    ['an activity without a conversation', JSON.stringify({ type: 'message', text: 'hi', channelId: 'webchat', serviceUrl: 'https://x/' }), { 'content-type': 'application/json' }, 400],
    ['a message without a sender', JSON.stringify(message('hi', { from: undefined })), { 'content-type': 'application/json' }, 400],
    ['a message whose text is not a string', JSON.stringify(message('hi', { text: 42 })), { 'content-type': 'application/json' }, 400],
    ['a serviceUrl that is not a web address', JSON.stringify(message('hi', { serviceUrl: 'not a url' })), { 'content-type': 'application/json' }, 400],
    ['a JSON array', '[1, 2]', { 'content-type': 'application/json' }, 400],
    ['a body over 256 KB', JSON.stringify(message('x'.repeat(300_000))), { 'content-type': 'application/json' }, 413],
  ])('answers %s with a clear 4xx, never a 5xx', async (_what, body, headers, status) => {
    const url = await listen();
    const response = await post(url, body, headers);
    expect(response.status).toBe(status);
    expect(await response.json()).toHaveProperty('error');
  });
});

describe('shutting down', () => {
  it('finishes the turn in flight, then takes no new requests', async () => {
    // State that is slow to read keeps a turn in flight while the server is asked to close.
    const memory = new MemoryStorage();
    const slowStorage: Storage = {
      read: async keys => { await new Promise(resolve => setTimeout(resolve, 300)); return memory.read(keys); },
      write: changes => memory.write(changes),
      delete: keys => memory.delete(keys),
    };
    const url = await listen({}, slowStorage);
    const inFlight = post(url, message('mash number notts', { deliveryMode: 'expectReplies' }), { 'content-type': 'application/json', connection: 'close' });
    await new Promise(resolve => setTimeout(resolve, 100));
    const closed = closeGracefully(servers[0]!, 5000);

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(JSON.stringify(await response.json())).toContain('0300 500 80 90');
    await closed;
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});

describe('GET /healthz', () => {
  it('reports the version and the knowledge base it answers from', async () => {
    const url = await listen();
    const body = await (await fetch(`${url}/healthz`)).json() as Record<string, string>;
    expect(body).toMatchObject({ status: 'ok', version: '9.9.9' });
    expect(body.knowledge).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('configuration', () => {
  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ MicrosoftAppType: 'SingleTenant', MicrosoftAppId: 'a', MicrosoftAppPassword: 'b' }, 'MicrosoftAppTenantId'],
    [{ MicrosoftAppType: 'Sometimes' }, 'MicrosoftAppType'],
    [{ MicrosoftAppId: 'a' }, 'MicrosoftAppPassword'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('stops start-up naming the bad variable for %j', (env, variable) => {
    expect(() => readConfig(env, '1')).toThrow(new RegExp(`^Configuration error: ${variable} `));
  });

  it('stops start-up naming the storage variable when its connection string cannot be read', () => {
    const config = readConfig({ AZURE_STORAGE_CONNECTION_STRING: 'not a connection string' }, '1');
    expect(() => createBotApp(config, { log: () => {} })).toThrow(/^Configuration error: AZURE_STORAGE_CONNECTION_STRING /);
  });

  it('needs nothing for the embedded default', () => {
    const config = readConfig({}, '1');
    expect(config.PORT).toBe(3978);
    expect(config.MicrosoftAppId).toBeUndefined();
  });
});
