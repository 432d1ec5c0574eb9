// The helpline quick lookup in a real browser, as an adviser on a call uses it: on a phone and on a
// laptop, from typing (or a shared ?q= link) to a number ready to dial. Only numbers that can be dialled
// are links, each contact shows once, and every state of the page passes axe.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage, scrollsSideways, seriousAccessibilityViolations, VIEWPORTS, type ViewportName } from './browser.js';

const botUrl = inject('botUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

/** Opens a shared lookup link and waits for its answer (results or "nothing matches"). */
async function openShared(page: Page, query: string): Promise<void> {
  await page.goto(`${botUrl}/lookup?q=${encodeURIComponent(query)}`);
  await page.locator('#result-count').filter({ hasText: /match/i }).waitFor({ timeout: 10_000 });
}

const results = (page: Page) => page.locator('#results > li');
const telLinks = (page: Page) => page.locator('#results a[href^="tel:"]').evaluateAll(links => links.map(a => ({ href: a.getAttribute('href')!, text: a.textContent ?? '' })));

// A tel: link dials as printed: a full number with its 0 (or +44), a short service number, then
// optionally a pause and the extension.
const DIALABLE = /^tel:(0\d{7,10}|\+44\d{9,10}|999|112|1\d{2}|116\d{3})(,\d+)?$/;

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('the helpline quick lookup on a %s', viewport => {
  let page: Page;
  beforeAll(async () => { page = await openPage(browser, viewport); });
  afterAll(async () => { await page?.context().close(); });
  const height = VIEWPORTS[viewport].viewport.height;

  it('starts in the search box, empty, and passes axe', async () => {
    await page.goto(`${botUrl}/lookup`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('finds the MASH number as "mash" is typed, puts the first number above the fold, and keeps the search in the address', async () => {
    await page.keyboard.type('mash');
    const number = page.getByRole('link', { name: '0300 500 80 90' }).first();
    await number.waitFor({ timeout: 10_000 });
    expect(await number.getAttribute('href')).toBe('tel:03005008090');
    const first = (await page.locator('#results a[href^="tel:"]').first().boundingBox())!;
    expect(first.y + first.height).toBeLessThanOrEqual(height);
    expect(new URL(page.url()).searchParams.get('q')).toBe('mash');
  });

  it('lists every authority\'s front door for "mash"', async () => {
    const numbers = (await telLinks(page)).map(l => l.text);
    for (const frontDoor of ['0300 500 80 90', '0115 876 4800', '01332 641172']) expect(numbers).toContain(frontDoor);
  });

  it('does not scroll sideways, and passes axe with results shown', async () => {
    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('Enter takes the keyboard to the first number, with a copy button next in the tab order', async () => {
    await page.locator('#q').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('tel:03005008090');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copy');
  });

  it.each([
    ['mash city', '0115 876 4800'], ['city mash', '0115 876 4800'], ['front door notts', '0300 500 80 90'],
    ['duty derby', '01332 641172'], ['county mash', '0300 500 80 90'], ['front door nottingham city', '0115 876 4800'],
  ])('a shared link for "%s" opens on that front door (%s) first, ready to dial', async (query, number) => {
    await openShared(page, query);
    expect(await page.locator('#q').inputValue()).toBe(query);
    expect((await telLinks(page))[0]?.text).toBe(number);
    expect(await scrollsSideways(page)).toBe(false);
  });

  it('shows each contact once: "careline" gives First Contact\'s and Careline\'s numbers a single time each', async () => {
    await openShared(page, 'careline');
    const shown = await page.locator('#results .phone').allTextContents();
    for (const number of ['01332 641172', '01332 786968']) expect(shown.filter(t => t.includes(number))).toHaveLength(1);
    await expect(page.getByRole('link', { name: /numbers above/ }).count()).resolves.toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('labels fax and minicom numbers and does not make them links', async () => {
    const links = (await telLinks(page)).map(l => l.text);
    for (const notForCalls of ['01332 786965', '01332 785642', '01332 641097']) expect(links).not.toContain(notForCalls);
    await expect(page.locator('.phone--fax', { hasText: '01332 786965' }).textContent()).resolves.toMatch(/Fax: not for calls/);
    await expect(page.locator('.phone--minicom', { hasText: '01332 785642' }).textContent()).resolves.toMatch(/Minicom/);
  });

  it('shows a number printed without an area code as printed, with no link and no guessed code', async () => {
    await openShared(page, 'vcm2');
    await expect(page.locator('.phone', { hasText: '641011' }).textContent()).resolves.toMatch(/without an area code/);
    const links = await telLinks(page);
    expect(links.some(l => l.href.includes('641011'))).toBe(false);
    expect(links.every(l => DIALABLE.test(l.href))).toBe(true);
  });

  it('keeps an extension as a pause: "101 Ext 801 5060" dials tel:101,8015060', async () => {
    await openShared(page, 'prevent notts');
    await expect(page.getByRole('link', { name: /101 Ext 801 5060/ }).first().getAttribute('href')).resolves.toBe('tel:101,8015060');
  });

  it('links only dialable numbers for any search', async () => {
    for (const query of ['101', 'derby', 'lighthouse', 'icds', 'childline', 'camhs']) {
      await openShared(page, query);
      const links = await telLinks(page);
      expect(links.filter(l => !DIALABLE.test(l.href)), query).toEqual([]);
      expect(await scrollsSideways(page), query).toBe(false);
    }
  });

  it('says when nothing matches, and passes axe in that state too', async () => {
    await openShared(page, 'zzqx');
    await expect(page.locator('#result-count').textContent()).resolves.toMatch(/Nothing matches/);
    await expect(results(page).count()).resolves.toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
