// The chat and the lookup framed by a partnership site exactly as deployment/README.md documents it:
// allowed from the origins in FRAME_ANCESTORS (the partner), refused to any other site (clickjacking),
// and usable inside the frame on a phone: the send box whole and in view.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium, openPage, scrollsSideways, seriousAccessibilityViolations, VIEWPORTS, type ViewportName } from './browser.js';

const partnerOrigin = inject('partnerOrigin');
const strangerOrigin = inject('strangerOrigin');
// A deployed bot (E2E_BASE_URL) lists its own partners, not this run's stand-in.
const botIsLocal = inject('botIsLocal');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

async function framedChat(page: Page, origin: string): Promise<Frame> {
  await page.goto(`${origin}/`);
  const element = await page.waitForSelector('iframe');
  const frame = await element.contentFrame();
  if (!frame) throw new Error('the iframe has no frame');
  return frame;
}

describe.skipIf(!botIsLocal).each(Object.keys(VIEWPORTS) as ViewportName[])('the documented iframe on a partner site, on a %s', viewport => {
  let page: Page;
  let frame: Frame;
  beforeAll(async () => {
    page = await openPage(browser, viewport);
    frame = await framedChat(page, partnerOrigin);
    await frame.waitForFunction(() => {
      const input = document.querySelector<HTMLInputElement>('.webchat__send-box-text-box__input');
      return !!input && !input.disabled;
    }, null, { timeout: 30_000 });
  });
  afterAll(async () => { await page?.context().close(); });

  it('shows the whole send box inside the frame, and the frame\'s transcript gets most of its height', async () => {
    const iframe = (await page.locator('iframe').boundingBox())!;
    const inFrame = await frame.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      return { height: window.innerHeight, transcript: box('.webchat__basic-transcript').height, send: box('.webchat__send-box'), pageScrolls: document.documentElement.scrollHeight > window.innerHeight + 1 };
    });
    console.log(`${viewport}, in the frame: transcript ${Math.round(inFrame.transcript)} of ${inFrame.height} px (${Math.round(100 * inFrame.transcript / inFrame.height)}%)`);
    expect(inFrame.send.top).toBeGreaterThanOrEqual(0);
    expect(inFrame.send.bottom).toBeLessThanOrEqual(inFrame.height);
    expect(inFrame.pageScrolls).toBe(false);
    expect(inFrame.transcript / inFrame.height).toBeGreaterThanOrEqual(0.6);
    // And the frame itself fits the phone's screen, send box included.
    expect(iframe.y + inFrame.send.bottom).toBeLessThanOrEqual(VIEWPORTS[viewport].viewport.height);
    expect(await scrollsSideways(frame)).toBe(false);
  });

  it('keeps the safety line in the frame', async () => {
    await expect(frame.getByText('This is guidance, not a referral. In an emergency call 999.').isVisible()).resolves.toBe(true);
  });

  it('answers inside the frame, and the framed page passes axe', async () => {
    const box = frame.getByRole('textbox', { name: /message/i });
    await box.fill('mash number notts');
    await box.press('Enter');
    await frame.locator('.webchat__basic-transcript').getByText(/0300 500 80 90/).first().waitFor({ timeout: 20_000 });
    expect(await seriousAccessibilityViolations(frame)).toEqual([]);
  });

  it('frames the lookup too', async () => {
    await page.goto(`${partnerOrigin}/lookup`);
    const lookup = await (await page.waitForSelector('iframe')).contentFrame();
    await lookup!.getByRole('searchbox').fill('mash');
    await lookup!.locator('a[href^="tel:"]').first().waitFor({ timeout: 10_000 });
  });
});

describe('a site that is not a partner', () => {
  it('cannot frame the chat or the lookup', async () => {
    const page = await openPage(browser, 'desktop');
    for (const path of ['/', '/lookup']) {
      await page.goto(`${strangerOrigin}${path}`);
      const frame = await (await page.waitForSelector('iframe')).contentFrame();
      await frame!.waitForLoadState('load');
      // Chromium replaces a refused frame with its error page: none of the bot's page is there.
      expect(frame!.url()).toMatch(/^chrome-error:/);
      expect(await frame!.locator('.notice').count()).toBe(0);
    }
    await page.context().close();
  });
});
