import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchorItem } from '../../src/report/html/anchor-item.ts';
import { renderHtml } from '../../src/report/render-html.ts';
import { renderJunit } from '../../src/report/render-junit.ts';
import { FIXTURE_REPORT } from './fixture.ts';
import { withNastyItem } from './variants.ts';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
// In CI a missing browser is a broken setup, not a reason to skip: the tests run and fail.
const inCi = Boolean(process.env.CI) && process.env.CI !== 'false';
const skip = !available && !inCi;
if (skip) {
  console.warn(`html-browser.test.ts: skipped, ${CHROMIUM} not found (install Debian's chromium to run it)`);
}

const SCREENSHOT = join(process.cwd(), 'test-output', 'report.png');
const id = (key: string) => `#${anchorItem(key)}`;

describe.skipIf(skip)('report.html in headless Chromium', () => {
  let dir = '';
  let browser: Browser | undefined;
  let page: Page;
  const problems: string[] = [];
  const requests: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    if (!available) throw new Error(`CI is set but ${CHROMIUM} is missing: the browser test cannot run`);
    dir = mkdtempSync(join(tmpdir(), 'rubricate-report-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, renderHtml(FIXTURE_REPORT));
    browser = await chromium.launch({
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
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    page.on('request', (request) => requests.push(request.url()));
    await page.route('**', (route) =>
      route.request().url().startsWith('file:') ? route.continue() : route.abort(),
    );
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads with no network request, console error, page error or dialog', () => {
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    expect(requests.length).toBe(1);
    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('shows the hostile answer as inert text', async () => {
    const answer = page.locator(`${id('bob-okafor#q1')} blockquote`);
    expect(await answer.textContent()).toContain('<script>alert("pwned")</script>');
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('main img').count()).toBe(0);
  });

  it.each(['ratings', 'reasons', 'agreement'])('draws the %s chart with visible bars', async (name) => {
    const bars = page.locator(`svg.chart[data-chart="${name}"] rect.bar`);
    const count = await bars.count();
    expect(count).toBeGreaterThan(0);
    for (let index = 0; index < count; index += 1) {
      const box = await bars.nth(index).boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(0);
      expect(box?.height ?? 0).toBeGreaterThan(0);
    }
  });

  async function visibleReviewKeys(): Promise<string[]> {
    const items = page.locator('#review-queue .review-item');
    const keys: string[] = [];
    for (let index = 0; index < (await items.count()); index += 1) {
      if (await items.nth(index).isVisible()) keys.push((await items.nth(index).getAttribute('id')) ?? '');
    }
    return keys;
  }

  it('filters the review queue by question and by reason', async () => {
    expect(await visibleReviewKeys()).toHaveLength(6);
    await page.selectOption('#filter-question', 'q2');
    expect(await visibleReviewKeys()).toEqual([anchorItem('bob-okafor#q2'), anchorItem('alice-chen#q2')]);
    expect(await page.locator('#filter-count').textContent()).toBe('Showing 2 of 6');
    await page.selectOption('#filter-question', '');
    await page.selectOption('#filter-reason', 'evidence_not_found');
    expect(await visibleReviewKeys()).toEqual([anchorItem('alice-chen#q4')]);
    await page.selectOption('#filter-question', 'q1');
    expect(await visibleReviewKeys()).toEqual([]);
    expect(await page.locator('#filter-empty').isVisible()).toBe(true);
    await page.selectOption('#filter-question', '');
    await page.selectOption('#filter-reason', '');
    expect(await visibleReviewKeys()).toHaveLength(6);
    expect(await page.locator('#filter-empty').isVisible()).toBe(false);
  });

  it('highlights verified and unverified evidence visibly in the answer', async () => {
    const item = id('alice-chen#q4');
    const verified = await page.locator(`${item} blockquote mark.ev-verified`).first().boundingBox();
    const unverified = await page.locator(`${item} .unfound mark.ev-unverified`).first().boundingBox();
    expect(verified?.width ?? 0).toBeGreaterThan(0);
    expect(unverified?.width ?? 0).toBeGreaterThan(0);
    const colours = await page.evaluate(() =>
      ['mark.ev-verified', 'mark.ev-unverified'].map((selector) => {
        const mark = document.querySelector(selector);
        return mark ? getComputedStyle(mark).backgroundColor : '';
      }),
    );
    expect(colours[0]).not.toBe(colours[1]);
  });

  it('opens a collapsed item from its heat-map cell, clearing filters that hide a queued one', async () => {
    await page.click(`#heatmap a[href="${id('carol-diaz#q2')}"]`);
    expect(await page.locator(id('carol-diaz#q2')).getAttribute('open')).not.toBeNull();
    expect(await page.locator(`${id('carol-diaz#q2')} blockquote`).isVisible()).toBe(true);
    await page.selectOption('#filter-question', 'q3');
    await page.click(`#heatmap a[href="${id('bob-okafor#q1')}"]`);
    expect(await page.locator(id('bob-okafor#q1')).isVisible()).toBe(true);
    expect(await page.locator('#filter-question').inputValue()).toBe('');
  });

  it('writes junit.xml that a real XML parser accepts, nasty text included', async () => {
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        cases: doc.getElementsByTagName('testcase').length,
        firstSuite: doc.getElementsByTagName('testsuite')[0]?.getAttribute('name') ?? null,
      };
    }, renderJunit(withNastyItem()));
    expect(parsed).toEqual({ errors: 0, cases: 12, firstSuite: 'alice-chen' });
  });

  it('renders a full-page screenshot', async () => {
    mkdirSync(join(process.cwd(), 'test-output'), { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    const png = await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(png.length).toBeGreaterThan(10_000);
    expect(problems).toEqual([]);
  });
});
