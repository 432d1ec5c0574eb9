// With an app registration, only Bot Framework tokens get a turn. Forged, expired or wrong-audience
// tokens get 401 and the word "Unauthorized", nothing more; each rejection is one structured log line;
// the channel's signing keys are fetched once and cached, and a failing key endpoint is not hammered.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import type { Server } from 'restify';
import { afterEach, describe, expect, it } from 'vitest';
import { createBotApp } from '../../src/bot/botApp.js';
import type { LogEntry } from '../../src/bot/structuredLog.js';
import { channelIssuerKeys } from '../../src/server/auth/issuerKeys.js';
import { DEFAULT_KEY_LIMITS } from '../../src/server/auth/openIdKeys.js';
import { readConfig } from '../../src/config.js';
import { closeGracefully, createServer } from '../../src/server/createServer.js';

const APP_ID = '00000000-0000-0000-0000-0000000000aa';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';
const METADATA_HOST = 'https://login.botframework.com';

const channelKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
const impostorKey = generateKeyPairSync('rsa', { modulusLength: 2048 });

/** The Bot Framework's published metadata and keys; each scope answers once, so a second fetch fails the test. */
function publishKeys(times = 1) {
  const jwk = channelKey.publicKey.export({ format: 'jwk' });
  return nock(METADATA_HOST)
    .get('/v1/.well-known/openidconfiguration').times(times).reply(200, { issuer: 'https://api.botframework.com', jwks_uri: `${METADATA_HOST}/v1/.well-known/keys` })
    .get('/v1/.well-known/keys').times(times).reply(200, { keys: [{ kty: 'RSA', kid: 'channel-key', n: jwk.n, e: jwk.e }] });
}

const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
function token(claims: Record<string, unknown> = {}, key: KeyObject = channelKey.privateKey, kid = 'channel-key'): string {
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part({ iss: 'https://api.botframework.com', aud: APP_ID, nbf: now - 60, exp: now + 600, serviceurl: SERVICE_URL, ...claims })}`;
  return `${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), key).toString('base64url')}`;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map(s => closeGracefully(s, 1000)));
  nock.cleanAll();
});

async function registeredBot(limits = DEFAULT_KEY_LIMITS): Promise<{ url: string; logged: LogEntry[] }> {
  const logged: LogEntry[] = [];
  const app = createBotApp(readConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret', MicrosoftAppType: 'MultiTenant' }, 'test'), { log: entry => logged.push(entry) });
  const server = createServer(app, { keys: channelIssuerKeys(limits) });
  servers.push(server);
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, logged };
}

const activity = (extra: Record<string, unknown> = {}) => ({
  type: 'message', id: 'a1', text: 'mash number notts', channelId: 'webchat', serviceUrl: SERVICE_URL, deliveryMode: 'expectReplies',
  conversation: { id: 'c1' }, from: { id: 'u1' }, recipient: { id: APP_ID }, timestamp: '2026-12-02T10:00:00Z', ...extra,
});

const post = (url: string, authorization: string | undefined, body: object = activity()) => fetch(`${url}/api/messages`, {
  method: 'POST', headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) }, body: JSON.stringify(body),
});

describe('a registered bot', () => {
  it('answers a genuine channel token, fetching the signing keys once for many requests', async () => {
    const keys = publishKeys(1);
    const { url } = await registeredBot();
    for (let i = 0; i < 3; i++) {
      const response = await post(url, `Bearer ${token()}`);
      expect(response.status).toBe(200);
      expect(JSON.stringify(await response.json())).toContain('0300 500 80 90');
    }
    expect(keys.isDone()).toBe(true);
  });

  it.each([
    ['signed with another key', () => token({}, impostorKey.privateKey), 'bad-signature'],
    ['signed with a key the channel never published', () => token({}, impostorKey.privateKey, 'made-up'), 'unknown-key'],
    ['expired', () => token({ exp: Math.floor(Date.now() / 1000) - 3600 }), 'expired'],
    ['for another bot', () => token({ aud: 'someone-else' }), 'wrong-audience'],
    ['from an unknown issuer', () => token({ iss: 'https://evil.example' }), 'unknown-issuer'],
    ['not a token at all', () => 'not-a-token', 'malformed-token'],
  ])('refuses a token %s with 401, no internal detail and one log line', async (_what, makeToken, reason) => {
    publishKeys(1);
    const { url, logged } = await registeredBot();
    const response = await post(url, `Bearer ${makeToken()}`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'Unauthorized.' });
    expect(logged).toEqual([expect.objectContaining({ level: 'warn', event: 'auth-rejected', reason })]);
  });

  it('refuses a request with no token', async () => {
    const { url, logged } = await registeredBot();
    expect((await post(url, undefined)).status).toBe(401);
    expect(logged).toEqual([expect.objectContaining({ event: 'auth-rejected', reason: 'missing-token' })]);
  });

  it('refuses a genuine token whose serviceUrl claim is not the activity\'s, in its own words', async () => {
    publishKeys(1);
    const { url } = await registeredBot();
    const response = await post(url, `Bearer ${token({ serviceurl: 'https://smba.trafficmanager.net/amer/' })}`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'Unauthorized.' });
  });

  it('does not fetch the keys again for every forged token while the key endpoint is failing, nor wait on it', async () => {
    const failing = nock(METADATA_HOST).get('/v1/.well-known/openidconfiguration').once().reply(500);
    const { url, logged } = await registeredBot();
    for (let i = 0; i < 5; i++) expect((await post(url, `Bearer ${token({}, impostorKey.privateKey)}`)).status).toBe(503);
    expect(failing.isDone()).toBe(true);
    expect(logged.every(entry => entry.reason === 'keys-unavailable')).toBe(true);
    expect(logged).toHaveLength(5);
  });

  it('gives up on a key endpoint that does not answer', async () => {
    nock(METADATA_HOST).get('/v1/.well-known/openidconfiguration').delay(30_000).reply(200, {});
    const { url } = await registeredBot({ ...DEFAULT_KEY_LIMITS, fetchTimeoutMs: 200 });
    expect((await post(url, `Bearer ${token()}`)).status).toBe(503);
  });

  it('does not reply to a serviceUrl outside the Bot Framework channels', async () => {
    publishKeys(1);
    const { url } = await registeredBot();
    for (const serviceUrl of ['http://169.254.169.254/', 'https://internal.example/', 'http://smba.trafficmanager.net/emea/']) {
      expect((await post(url, `Bearer ${token({ serviceurl: serviceUrl })}`, activity({ serviceUrl }))).status).toBe(403);
    }
  });
});

describe('an anonymous bot (the embedded default)', () => {
  it('replies only to a serviceUrl on this machine', async () => {
    const app = createBotApp(readConfig({}, 'test'), { log: () => {} });
    const server = createServer(app);
    servers.push(server);
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const serviceUrl of ['http://10.0.0.5/', 'https://smba.trafficmanager.net/emea/', 'http://169.254.169.254/latest/']) {
      expect((await post(url, undefined, activity({ serviceUrl }))).status).toBe(403);
    }
    expect((await post(url, undefined, activity({ serviceUrl: 'http://127.0.0.1:9/' }))).status).toBe(200);
  });

  it('listens on 127.0.0.1 unless HOST says otherwise; a registered bot on every interface', async () => {
    const { listenHost } = await import('../../src/config.js');
    expect(listenHost(readConfig({}, 't'))).toBe('127.0.0.1');
    expect(listenHost(readConfig({ HOST: '0.0.0.0' }, 't'))).toBe('0.0.0.0');
    expect(listenHost(readConfig({ MicrosoftAppId: 'a', MicrosoftAppPassword: 'b' }, 't'))).toBe('0.0.0.0');
  });
});
