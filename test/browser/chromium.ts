import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
// In CI a missing browser is a broken setup, not a reason to skip: the tests run and fail.
const inCi = Boolean(process.env.CI) && process.env.CI !== 'false';

/** Whether a browser test file should skip (no Chromium, not in CI), with a warning saying so. */
export function skipWithoutChromium(file: string): boolean {
  const skip = !available && !inCi;
  if (skip) console.warn(`${file}: skipped, ${CHROMIUM} not found (install Debian's chromium to run it)`);
  return skip;
}

/** Debian's headless Chromium, as test/report/html-browser.test.ts launches it. */
export async function launchChromium(): Promise<Browser> {
  if (!available) throw new Error(`CI is set but ${CHROMIUM} is missing: the browser test cannot run`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** What a page did that a self-contained report must never do. */
export interface PageWatch {
  readonly problems: string[];
  readonly requests: string[];
}

/** Records console errors, page errors and requests; aborts anything that is not a local file or blob. */
export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = { problems: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => watch.problems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => watch.requests.push(request.url()));
  await page.route('**', (route) =>
    /^(file|blob):/.test(route.request().url()) ? route.continue() : route.abort(),
  );
  return watch;
}

/** Whether the page scrolls sideways at the current viewport: the phone-layout check. */
export async function scrollsSideways(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
}

/** `test-output/<name>`, created. */
export function outputPath(name: string): string {
  const dir = join(process.cwd(), 'test-output');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
