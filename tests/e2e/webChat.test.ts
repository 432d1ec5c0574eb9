// The web chat page in a real browser, in the embedded default (local Direct Line): a practitioner asks
// where to refer and sees the answer with its contact, the safety line always on screen.
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
  page = await browser.newPage({ viewport: { width: 1024, height: 720 } });
  await page.goto(`${bot.url}/`);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await bot?.stop();
});

describe('the web chat page', () => {
  it('answers "where do I refer a 7-year-old with suspected ADHD in Rushcliffe?" naming Small Steps', async () => {
    const box = page.getByRole('textbox', { name: /message/i });
    await box.waitFor({ timeout: 20_000 });
    await page.getByText(/^Connected\./).waitFor({ timeout: 20_000 });
    await box.fill('where do I refer a 7-year-old with suspected ADHD in Rushcliffe?');
    await box.press('Enter');
    await page.locator('.webchat__basic-transcript').getByText(/Small Steps/).first().waitFor({ timeout: 20_000 });
  });

  it('numbers the pathway\'s steps 1, 2, 3 in one list, not each as "1."', async () => {
    const card = page.locator('.webchat__basic-transcript .ac-adaptiveCard').last();
    const lists = card.locator('ol');
    await lists.first().waitFor({ timeout: 20_000 });
    expect(await lists.count()).toBe(1);
    expect(await lists.first().locator('li').count()).toBeGreaterThanOrEqual(3);
  });

  it('makes the primary action a link a tap opens (mailto: or tel:)', async () => {
    const card = page.locator('.webchat__basic-transcript .ac-adaptiveCard').last();
    await expect(card.getByRole('button', { name: /Email the Getting to Know Me/i }).count()).resolves.toBeGreaterThan(0);
  });

  it('keeps "This is guidance, not a referral. In an emergency call 999." on screen after the answer', async () => {
    const line = page.getByText('This is guidance, not a referral. In an emergency call 999.');
    await expect(line.isVisible()).resolves.toBe(true);
    const box = await line.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 720).toBe(true);
  });

  it('has no serious or critical accessibility violations, answer included', async () => {
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
