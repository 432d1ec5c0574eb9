// What the bot serves to a browser: the chat page with its safety line and Web Chat from this server
// (no CDN), the lookup page, and the lookup API the page calls as the adviser types.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type RunningServer } from './webServer.js';
import { kb } from '../support/knowledge.js';

const SAFETY_LINE = 'This is guidance, not a referral. In an emergency call 999.';
let server: RunningServer;
beforeAll(async () => { server = await startWebServer({ bot: { run: async () => {} }, kb, config: {} }); });
afterAll(async () => { await server?.close(); });

const get = async (path: string) => {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, type: response.headers.get('content-type') ?? '', csp: response.headers.get('content-security-policy') ?? '', text: await response.text() };
};

describe('the pages', () => {
  it('serves the chat page with the safety line and every script from this server', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/text\/html/);
    expect(page.text).toContain(SAFETY_LINE);
    const scripts = [...page.text.matchAll(/<script[^>]*src="([^"]+)"/g)].map(m => m[1]);
    expect(scripts.some(src => /^\/web\/webchat\.[0-9a-f]{16}\.js$/.test(src ?? ''))).toBe(true);
    expect(scripts.every(src => src?.startsWith('/'))).toBe(true);
    expect(page.csp).toContain("script-src 'self'");
  });

  it('serves botframework-webchat\'s bundle from node_modules, at its plain and its fingerprinted URL', async () => {
    const plain = await get('/web/webchat.js');
    expect(plain.status).toBe(200);
    expect(plain.type).toMatch(/javascript/);
    expect(plain.text.length).toBeGreaterThan(1_000_000);
    const fingerprinted = /src="(\/web\/webchat\.[0-9a-f]+\.js)"/.exec((await get('/')).text)?.[1];
    expect((await get(fingerprinted!)).text).toBe(plain.text);
  });

  it('sends Web Chat brotli-compressed when the browser accepts it, gzip when it accepts only that, as is otherwise', async () => {
    const path = /src="(\/web\/webchat\.[0-9a-f]+\.js)"/.exec((await get('/')).text)![1]!;
    const sizes: Record<string, number> = {};
    for (const [accept, expected] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip'], ['identity', null]] as const) {
      const response = await fetch(`${server.url}${path}`, { headers: { 'accept-encoding': accept } });
      expect(response.headers.get('content-encoding')).toBe(expected);
      expect(response.headers.get('vary')).toBe('Accept-Encoding');
      sizes[expected ?? 'identity'] = Number(response.headers.get('content-length'));
      await response.arrayBuffer();
    }
    expect(sizes.br).toBeLessThan(sizes.gzip!);
    expect(sizes.gzip).toBeLessThan(sizes.identity! / 3);
  });

  it('serves the privacy notice and the terms of use', async () => {
    expect((await get('/privacy')).text).toMatch(/<h1>Privacy notice<\/h1>/);
    expect((await get('/terms')).text).toMatch(/<h1>Terms of use<\/h1>/);
  });

  it('serves the lookup page with a labelled search box and the safety line', async () => {
    const page = await get('/lookup');
    expect(page.text).toContain(SAFETY_LINE);
    expect(page.text).toMatch(/<label for="q">/);
    expect(page.text).toMatch(/<input type="search" id="q"/);
  });

  it('serves nothing outside its own list of files', async () => {
    expect((await get('/web/../package.json')).status).toBe(404);
    expect((await get('/web/nothing.js')).status).toBe(404);
  });
});

describe('GET /api/lookup', () => {
  it('answers "mash" with the MASH number and the time it judged "open now" by', async () => {
    const { status, text } = await get('/api/lookup?q=mash');
    const body = JSON.parse(text);
    expect(status).toBe(200);
    expect(Number.isNaN(Date.parse(body.at))).toBe(false);
    expect(body.results[0].contacts[0].phones.map((p: { number: string }) => p.number)).toContain('0300 500 80 90');
  });

  it('answers an empty or missing query with no results', async () => {
    expect(JSON.parse((await get('/api/lookup')).text).results).toEqual([]);
    expect(JSON.parse((await get('/api/lookup?q=')).text).results).toEqual([]);
  });
});
