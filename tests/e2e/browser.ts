// Debian's Chromium driven by playwright-core, and axe-core injected from node_modules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Frame, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });

/** A phone held upright (the size of a current iPhone) and a laptop window: every page is tried in both. */
export const VIEWPORTS = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  desktop: { viewport: { width: 1280, height: 800 } },
} satisfies Record<string, BrowserContextOptions>;
export type ViewportName = keyof typeof VIEWPORTS;

export async function openPage(browser: Browser, viewport: ViewportName): Promise<Page> {
  const context = await browser.newContext(VIEWPORTS[viewport]);
  return context.newPage();
}

export interface AxeViolation { id: string; impact: string | null; help: string; targets: string[] }

/** WCAG 2.0-2.2 A and AA rules: the serious and critical violations on the page (or frame) as it is now. */
export async function seriousAccessibilityViolations(page: Page | Frame): Promise<AxeViolation[]> {
  // Evaluated over the DevTools protocol, not as a <script>, so the page's Content-Security-Policy stays on.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) }));
  });
  return violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
}

/** Whether the document can be scrolled sideways (content wider than the window). */
export const scrollsSideways = (page: Page | Frame): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
