// The headers every response carries, on a real server with the web routes: which sites may frame the
// pages (FRAME_ANCESTORS, validated at start-up), nosniff and a cache policy everywhere, HEAD, HSTS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { loadKnowledgeBase } from '../../src/knowledge/loader.js';
import { preferredEncoding } from '../../src/server/web/contentEncoding.js';
import { startWebServer, type RunningServer } from './webServer.js';

const PARTNERS = ['https://www.partnership.example.org', 'https://intranet.example.nhs.uk'];
let server: RunningServer;
beforeAll(async () => {
  server = await startWebServer({ bot: { run: async () => {} }, kb: loadKnowledgeBase(), config: { FRAME_ANCESTORS: PARTNERS } });
});
afterAll(async () => { await server?.close(); });

describe('FRAME_ANCESTORS', () => {
  it('is a list of origins separated by spaces or commas; unset means none', () => {
    expect(readConfig({}, '1').FRAME_ANCESTORS).toEqual([]);
    expect(readConfig({ FRAME_ANCESTORS: 'https://a.example.org, https://b.example.org/ http://localhost:8080' }, '1').FRAME_ANCESTORS)
      .toEqual(['https://a.example.org', 'https://b.example.org', 'http://localhost:8080']);
  });

  it.each(['www.example.org', 'https://example.org/chat', "'self'", '*', 'javascript:alert(1)'])('refuses %s, naming the variable', value => {
    expect(() => readConfig({ FRAME_ANCESTORS: value }, '1')).toThrow(/^Configuration error: FRAME_ANCESTORS must list origins/);
  });
});

describe('response headers', () => {
  it('lets the bot itself and the partnership sites frame a page, with SAMEORIGIN for browsers that know only X-Frame-Options', async () => {
    for (const path of ['/', '/lookup', '/api/lookup?q=mash', '/nowhere']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.headers.get('content-security-policy')).toMatch(new RegExp(`frame-ancestors 'self' ${PARTNERS.join(' ')}(;|$)`));
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cache-control')).toBeTruthy();
    }
  });

  it('keeps the page\'s own policy whole beside frame-ancestors', async () => {
    const policy = (await fetch(`${server.url}/`)).headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("base-uri 'none'");
  });

  it('answers HEAD like GET, without a body (uptime monitors)', async () => {
    const head = await fetch(`${server.url}/lookup`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toMatch(/text\/html/);
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it('adds HSTS only when the request came over HTTPS', async () => {
    expect((await fetch(`${server.url}/`, { headers: { 'x-forwarded-proto': 'https' } })).headers.get('strict-transport-security')).toBe('max-age=31536000');
    expect((await fetch(`${server.url}/`)).headers.get('strict-transport-security')).toBeNull();
  });
});

describe('choosing a compression', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'], ['gzip', 'gzip'], ['br;q=0, gzip', 'gzip'], ['*', 'br'], ['identity', 'identity'], [undefined, 'identity'], ['gzip;q=0', 'identity'],
  ] as const)('Accept-Encoding %s -> %s', (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });
});
