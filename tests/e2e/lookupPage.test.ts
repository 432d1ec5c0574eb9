// The helpline quick lookup in a real browser: keyboard only, from typing to a number ready to dial.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, seriousAccessibilityViolations } from './browser.js';
import { startBot, type RunningBot } from './botProcess.js';

let bot: RunningBot;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  bot = await startBot();
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${bot.url}/lookup`);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await bot?.stop();
});

describe('the helpline quick lookup page', () => {
  it('starts in the search box and finds the MASH number as "mash" is typed', async () => {
    await page.keyboard.type('mash');
    const number = page.getByRole('link', { name: '0300 500 80 90' }).first();
    await number.waitFor({ timeout: 10_000 });
    expect(await number.getAttribute('href')).toBe('tel:03005008090');
    await expect(page.locator('#result-count').textContent()).resolves.toMatch(/match/);
  });

  it('Enter takes the keyboard to the first number, with a copy button next in the tab order', async () => {
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toMatch(/^(tel|mailto):/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copy');
  });

  it('has no serious or critical accessibility violations with results shown', async () => {
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
