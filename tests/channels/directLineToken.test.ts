// Production web chat: the page gets a Direct Line token from the bot, and the secret never leaves the server.
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer, type RunningServer } from './webServer.js';
import { kb } from '../support/knowledge.js';

const SECRET = 'dl-secret-that-must-never-reach-a-browser';
const idleBot = { run: async () => {} };
let server: RunningServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
  nock.cleanAll();
});

const askForToken = async (config: { DIRECT_LINE_SECRET?: string; MicrosoftAppId?: string }) => {
  server = await startWebServer({ bot: idleBot, kb, config });
  const response = await fetch(`${server.url}/api/directline/token`, { method: 'POST' });
  return { status: response.status, text: await response.text() };
};

describe('POST /api/directline/token with DIRECT_LINE_SECRET set', () => {
  it('exchanges the secret with Direct Line and returns only the token, its lifetime and the conversation', async () => {
    const directLine = nock('https://directline.botframework.com', { reqheaders: { authorization: `Bearer ${SECRET}` } })
      .post('/v3/directline/tokens/generate', body => typeof body?.user?.id === 'string' && body.user.id.startsWith('dl_'))
      .reply(200, { conversationId: 'conv-1', token: 'short-lived-token', expires_in: 3600, streamUrl: 'wss://example/stream' });
    const { status, text } = await askForToken({ DIRECT_LINE_SECRET: SECRET });
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({ token: 'short-lived-token', expires_in: 3600, conversationId: 'conv-1' });
    expect(text).not.toContain(SECRET);
    expect(directLine.isDone()).toBe(true);
  });

  it('answers 502 without the secret or Direct Line\'s reply when Direct Line refuses', async () => {
    nock('https://directline.botframework.com').post('/v3/directline/tokens/generate').reply(403, { error: { message: `bad secret ${SECRET}` } });
    const { status, text } = await askForToken({ DIRECT_LINE_SECRET: SECRET });
    expect(status).toBe(502);
    expect(text).not.toContain(SECRET);
    expect(JSON.parse(text).error).toMatch(/try again/i);
  });

  it('does not serve the local Direct Line', async () => {
    server = await startWebServer({ bot: idleBot, kb, config: { DIRECT_LINE_SECRET: SECRET } });
    const response = await fetch(`${server.url}/v3/directline/conversations`, { method: 'POST' });
    expect(response.status).toBe(404);
  });
});

describe('POST /api/directline/token with an app registration but no Direct Line secret', () => {
  it('says web chat is not set up (503) instead of opening an unauthenticated local Direct Line', async () => {
    const { status, text } = await askForToken({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001' });
    expect(status).toBe(503);
    expect(JSON.parse(text).error).toMatch(/DIRECT_LINE_SECRET/);
  });
});
