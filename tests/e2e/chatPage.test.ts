// The web chat page in a real browser, as people use it: on a phone and on a laptop, in the embedded
// default (local Direct Line). The conversation fills the window with the send box always in view, the
// page is ready to type into within 2 s, Web Chat arrives compressed and is cached for a year, and the
// page passes axe in each state.
import { cpus, loadavg } from 'node:os';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage, scrollsSideways, seriousAccessibilityViolations, VIEWPORTS, type ViewportName } from './browser.js';

const botUrl = inject('botUrl');
const SAFETY_LINE = 'This is guidance, not a referral. In an emergency call 999.';
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const sendBox = (page: Page) => page.getByRole('textbox', { name: /message/i });

/** Opens the chat and waits until a message can be typed and sent; returns the time since navigation began (ms). */
async function openChat(page: Page): Promise<number> {
  await page.goto(`${botUrl}/`, { waitUntil: 'commit' });
  await page.waitForFunction(() => {
    const input = document.querySelector<HTMLInputElement>('.webchat__send-box-text-box__input');
    return !!input && !input.disabled && /^Connected\./.test(document.getElementById('chat-status')?.textContent ?? '');
  }, null, { polling: 25, timeout: 30_000 });
  return page.evaluate(() => performance.now());
}

async function ask(page: Page, question: string, expected: RegExp): Promise<void> {
  await sendBox(page).fill(question);
  await sendBox(page).press('Enter');
  await page.locator('.webchat__basic-transcript').getByText(expected).first().waitFor({ timeout: 20_000 });
}

/** Where the transcript and the send box are, against the window. */
const layout = (page: Page) => page.evaluate(() => {
  const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
  const transcript = box('.webchat__basic-transcript');
  const send = box('.webchat__send-box');
  return {
    windowHeight: window.innerHeight,
    transcriptHeight: transcript.height,
    sendTop: send.top,
    sendBottom: send.bottom,
    pageScrolls: document.documentElement.scrollHeight > window.innerHeight + 1,
  };
});

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('the web chat page on a %s', viewport => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage(browser, viewport);
    await openChat(page);
  });
  afterAll(async () => { await page?.context().close(); });

  it('shows the welcome with its examples as a list and the closing lines as paragraphs after it', async () => {
    const welcome = page.locator('.webchat__basic-transcript p', { hasText: /I explain each step and its source/ });
    await welcome.waitFor({ timeout: 10_000 });
    const items = page.locator('.webchat__basic-transcript li');
    await expect(items.count()).resolves.toBe(3);
    // Markdown joined the lines after a list to its last item; they must be paragraphs of their own.
    expect(await welcome.evaluate(node => !!node.closest('li'))).toBe(false);
    expect(await page.locator('.webchat__basic-transcript li', { hasText: /999/ }).count()).toBe(0);
  });

  it('gives the conversation the window: transcript at least 60% of its height, send box inside it, no page scroll', async () => {
    const at = await layout(page);
    console.log(`${viewport}: transcript ${Math.round(at.transcriptHeight)} of ${at.windowHeight} px (${Math.round(100 * at.transcriptHeight / at.windowHeight)}%)`);
    expect(at.transcriptHeight / at.windowHeight).toBeGreaterThanOrEqual(0.6);
    expect(at.sendTop).toBeGreaterThanOrEqual(0);
    expect(at.sendBottom).toBeLessThanOrEqual(at.windowHeight);
    expect(at.pageScrolls).toBe(false);
    expect(await scrollsSideways(page)).toBe(false);
  });

  it('has no serious or critical accessibility violations on arrival', async () => {
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('answers "where do I refer a 7-year-old with suspected ADHD in Rushcliffe?" naming Small Steps', async () => {
    await ask(page, 'where do I refer a 7-year-old with suspected ADHD in Rushcliffe?', /Small Steps/);
  });

  it('numbers the pathway\'s steps 1, 2, 3 in one list, not each as "1."', async () => {
    const card = page.locator('.webchat__basic-transcript .ac-adaptiveCard').last();
    const lists = card.locator('ol');
    await lists.first().waitFor({ timeout: 20_000 });
    expect(await lists.count()).toBe(1);
    expect(await lists.first().locator('li').count()).toBeGreaterThanOrEqual(3);
  });

  it('makes the primary action a button a tap opens (mailto: or tel:)', async () => {
    const card = page.locator('.webchat__basic-transcript .ac-adaptiveCard').last();
    await expect(card.getByRole('button', { name: /Email the Getting to Know Me/i }).count()).resolves.toBeGreaterThan(0);
  });

  it('keeps the send box and the safety line in view after a long answer', async () => {
    await ask(page, 'mash number notts', /0300 500 80 90/);
    const at = await layout(page);
    expect(at.sendBottom).toBeLessThanOrEqual(at.windowHeight);
    expect(at.pageScrolls).toBe(false);
    const line = await page.getByText(SAFETY_LINE).boundingBox();
    expect(line && line.y >= 0 && line.y + line.height <= at.windowHeight).toBe(true);
    await expect(sendBox(page).isVisible()).resolves.toBe(true);
  });

  it('has no serious or critical accessibility violations with answers shown', async () => {
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('keeps nothing in the browser: no cookies, no local or session storage', async () => {
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  });
});

describe('the web chat page in a short window (a phone on its side, or 400% zoom)', () => {
  it('scrolls the page instead of squeezing the chat: the send box can be scrolled into view and used, nothing sideways, axe passes', async () => {
    for (const viewport of [{ width: 844, height: 390 }, { width: 320, height: 256 }]) {
      const context = await browser.newContext({ viewport, hasTouch: true });
      const page = await context.newPage();
      await openChat(page);
      await sendBox(page).scrollIntoViewIfNeeded();
      const box = (await sendBox(page).boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      expect((await layout(page)).transcriptHeight).toBeGreaterThan(150);
      expect(await scrollsSideways(page)).toBe(false);
      await ask(page, 'mash number notts', /0300 500 80 90/);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await context.close();
    }
  });
});

describe('loading the chat', () => {
  // Wall-clock time is what a person waits, but on a shared machine it measures the other processes
  // as much as the page (this page's 1 s becomes 3 s at a load of 6 per core). So: the page's own work
  // on the browser's main thread, counted in CPU time, must fit in 1.5 s whatever the load (a heavier
  // bundle or a blocking script fails it), and the wall clock must show under 2 s (best of five cold
  // loads) whenever the machine is not saturated.
  it('has a usable send box within 2 s of navigation', async () => {
    const loads: { wall: number; mainThread: number }[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const page = await openPage(browser, 'phone');
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      const wall = await openChat(page);
      const { metrics } = await cdp.send('Performance.getMetrics');
      loads.push({ wall, mainThread: 1000 * (metrics.find(m => m.name === 'TaskDuration')?.value ?? Infinity) });
      await page.context().close();
    }
    const loadPerCore = loadavg()[0]! / cpus().length;
    console.log(`chat ready in ${loads.map(l => `${Math.round(l.wall)} ms (main thread ${Math.round(l.mainThread)} ms)`).join(', ')}; cold cache, phone; machine load ${loadPerCore.toFixed(1)} per core`);
    expect(Math.min(...loads.map(l => l.mainThread))).toBeLessThan(1500);
    if (loadPerCore <= 1) expect(Math.min(...loads.map(l => l.wall))).toBeLessThan(2000);
  });

  it('gets Web Chat compressed from a fingerprinted URL cached for a year, and not again on the next visit', async () => {
    const page = await openPage(browser, 'phone');
    const bundle = page.waitForResponse(response => /\/web\/webchat\./.test(response.url()));
    await openChat(page);
    const response = await bundle;
    const headers = await response.allHeaders();
    expect(response.url()).toMatch(/\/web\/webchat\.[0-9a-f]{16}\.js$/);
    expect(headers['content-encoding']).toMatch(/^(br|gzip)$/);
    expect(headers['cache-control']).toMatch(/max-age=31536000/);
    expect(headers['cache-control']).toMatch(/immutable/);
    // Resource Timing: bytes on the wire, and 0 when the browser used its cache.
    const transfer = () => page.evaluate(url => performance.getEntriesByType('resource')
      .filter((e): e is PerformanceResourceTiming => e.name === url)
      .map(e => ({ onTheWire: e.transferSize, decoded: e.decodedBodySize }))[0], response.url());
    const first = await transfer();
    console.log(`webchat.js: ${first?.onTheWire} bytes on the wire (${headers['content-encoding']}) for ${first?.decoded} bytes`);
    expect(first?.decoded).toBeGreaterThan(3_000_000);
    expect(first?.onTheWire).toBeLessThan(1_200_000);

    await page.goto('about:blank');
    await openChat(page);
    expect((await transfer())?.onTheWire).toBe(0);
    await page.context().close();
  });

  it('is usable on a slow 4G connection within 8 s, and within 2.5 s on the next visit', async () => {
    const page = await openPage(browser, 'phone');
    const client = await page.context().newCDPSession(page);
    await client.send('Network.enable');
    // Lighthouse's "Slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
    await client.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6 * 1024 * 1024 / 8, uploadThroughput: 750 * 1024 / 8 });
    const cold = await openChat(page);
    await page.goto('about:blank');
    const warm = await openChat(page);
    console.log(`slow 4G: chat ready in ${Math.round(cold)} ms on a first visit, ${Math.round(warm)} ms on the next`);
    expect(cold).toBeLessThan(8000);
    expect(warm).toBeLessThan(2500);
    await page.context().close();
  });
});
