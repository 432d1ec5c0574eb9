// Headers on every response of the running bot, as browsers and uptime monitors see them: framing only
// by the partnership site, no MIME sniffing, a cache policy everywhere, HEAD answered like GET, HSTS
// behind HTTPS. And the privacy notice and terms pages that the Teams manifest points at.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openPage, scrollsSideways, seriousAccessibilityViolations, VIEWPORTS, type ViewportName } from './browser.js';

const botUrl = inject('botUrl');
const partnerOrigin = inject('partnerOrigin');
const botIsLocal = inject('botIsLocal');

const PATHS = ['/', '/lookup', '/privacy', '/terms', '/healthz', '/api/lookup?q=mash', '/web/site.css', '/no-such-page'];

describe('headers on every response', () => {
  it.each(PATHS)('GET %s: nosniff, a cache policy, frame-ancestors and X-Frame-Options', async path => {
    const response = await fetch(`${botUrl}${path}`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toMatch(/no-store|no-cache|max-age=\d+/);
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'/);
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it.skipIf(!botIsLocal)('lets the configured partnership origin frame the pages, and no other', async () => {
    const policy = (await fetch(`${botUrl}/`)).headers.get('content-security-policy') ?? '';
    const frameAncestors = /frame-ancestors ([^;]+)/.exec(policy)?.[1]?.split(' ');
    expect(frameAncestors).toEqual(["'self'", partnerOrigin]);
  });

  it('never caches answers or tokens; revalidates pages; keeps fingerprinted files for a year', async () => {
    expect((await fetch(`${botUrl}/api/lookup?q=mash`)).headers.get('cache-control')).toBe('no-store');
    expect((await fetch(`${botUrl}/api/directline/token`, { method: 'POST' })).headers.get('cache-control')).toBe('no-store');
    expect((await fetch(`${botUrl}/`)).headers.get('cache-control')).toBe('no-cache');
    const page = await (await fetch(`${botUrl}/`)).text();
    const bundle = /src="(\/web\/webchat\.[0-9a-f]+\.js)"/.exec(page)?.[1];
    expect((await fetch(`${botUrl}${bundle}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it.each(['/', '/lookup', '/privacy', '/healthz', '/web/site.css'])('HEAD %s answers 200 with the headers of a GET and no body', async path => {
    const get = await fetch(`${botUrl}${path}`, { headers: { 'accept-encoding': 'identity' } });
    const head = await fetch(`${botUrl}${path}`, { method: 'HEAD', headers: { 'accept-encoding': 'identity' } });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    expect(head.headers.get('content-length')).toBe(String((await get.arrayBuffer()).byteLength));
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it('answers a page again with 304 when the browser already has it', async () => {
    const first = await fetch(`${botUrl}/lookup`);
    const again = await fetch(`${botUrl}/lookup`, { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('sends Strict-Transport-Security when the request came over HTTPS (through the platform\'s proxy), and not over plain HTTP', async () => {
    const overHttps = await fetch(`${botUrl}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(overHttps.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    if (botIsLocal) expect((await fetch(`${botUrl}/healthz`)).headers.get('strict-transport-security')).toBeNull();
  });
});

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('the privacy notice and terms on a %s', viewport => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchChromium(); });
  afterAll(async () => { await browser?.close(); });

  it('says what is processed, that nothing is kept, and how long a conversation\'s facts live; passes axe', async () => {
    const page = await openPage(browser, viewport);
    await page.goto(`${botUrl}/privacy`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Privacy notice');
    for (const heading of ['What is processed', 'What is not kept', 'How long anything lives']) {
      await expect(page.getByRole('heading', { level: 2, name: heading }).isVisible()).resolves.toBe(true);
    }
    await expect(page.locator('#idle-minutes').textContent()).resolves.toBe('30 minutes');
    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.locator('main').getByRole('link', { name: 'terms of use' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Terms of use');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('is linked from the chat page', async () => {
    const page = await openPage(browser, viewport);
    await page.goto(`${botUrl}/`);
    await expect(page.getByRole('link', { name: 'How your words are used' }).getAttribute('href')).resolves.toBe('/privacy');
    await page.context().close();
  });
});
