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
    expect(scripts).toContain('/web/webchat.js');
    expect(scripts.every(src => src?.startsWith('/'))).toBe(true);
    expect(page.csp).toContain("script-src 'self'");
  });

  it('serves botframework-webchat\'s bundle from node_modules', async () => {
    const bundle = await get('/web/webchat.js');
    expect(bundle.status).toBe(200);
    expect(bundle.type).toMatch(/javascript/);
    expect(bundle.text.length).toBeGreaterThan(1_000_000);
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
