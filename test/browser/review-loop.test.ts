import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, scoreBundledOffline, tempDir } from '../cli/run-cli.ts';
import { launchChromium, outputPath, scrollsSideways, skipWithoutChromium, watchPage } from './chromium.ts';

const skip = skipWithoutChromium('review-loop.test.ts');

interface Expected {
  readonly item: string;
  readonly decision: string;
  readonly rating?: number;
  readonly note?: string;
}

describe.skipIf(skip)('the review loop in headless Chromium: decide, reload, export, apply', () => {
  let browser: Browser | undefined;
  let run = '';

  beforeAll(async () => {
    run = join(tempDir('rubricate-loop-'), 'run');
    const scored = await scoreBundledOffline(run);
    expect(scored.code, scored.stderr).toBe(0);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(width: number): Promise<{ page: Page; watch: Awaited<ReturnType<typeof watchPage>> }> {
    if (!browser) throw new Error('no browser');
    const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const watch = await watchPage(page);
    await page.goto(pathToFileURL(join(run, 'report.html')).href, { waitUntil: 'load' });
    return { page, watch };
  }

  /** Decides one queued item through its buttons, the way a reviewer would, and says what it chose. */
  async function decide(panel: Locator, index: number): Promise<Expected> {
    const item = (await panel.getAttribute('data-key')) ?? '';
    const accept = panel.locator('[data-decide="accept"]');
    switch (index % 4) {
      case 0:
        if (await accept.isEnabled()) {
          await accept.click();
          return { item, decision: 'accept' };
        }
        await panel.locator('[data-decide="rate"][data-rating="3"]').click();
        return { item, decision: 'rate', rating: 3 };
      case 1: {
        const note = `Zoë: "quotes", <b>tags</b> & a\nsecond line ${index}`;
        await panel.locator('[data-note]').fill(note);
        await panel.locator('[data-decide="rate"][data-rating="2"]').click();
        return { item, decision: 'rate', rating: 2, note: note.trim() };
      }
      case 2:
        await panel.locator('[data-decide="not_asked"]').click();
        return { item, decision: 'not_asked' };
      default:
        await panel.locator('[data-decide="mislocated"]').click();
        return { item, decision: 'mislocated' };
    }
  }

  it('decides every queued item, keeps decisions over a reload, exports decisions.jsonl that review apply turns into gold', async () => {
    const { page, watch } = await open(390);
    const panels = page.locator('#review-queue .decision');
    const total = await panels.count();
    expect(total).toBeGreaterThanOrEqual(4);
    await expect.poll(() => page.locator('#decided-count').textContent()).toBe(`Decided 0 / ${total}`);

    // No name yet: the page asks for one instead of recording an anonymous decision.
    await panels.first().locator('[data-decide="not_asked"]').click();
    expect(await page.locator('#review-message').textContent()).toContain('Enter your name');
    expect(await page.locator('#decided-count').textContent()).toBe(`Decided 0 / ${total}`);
    await page.fill('#reviewer-name', 'Zoë Ölçer');

    // Every control is a 44 px touch target at phone width.
    for (const box of await panels
      .first()
      .locator('button:not([hidden])')
      .evaluateAll((buttons) =>
        buttons.map((b) => b.getBoundingClientRect()).map((r) => [r.width, r.height]),
      )) {
      expect(Math.min(...box)).toBeGreaterThanOrEqual(44);
    }

    const expected: Expected[] = [];
    for (let index = 0; index < total; index += 1) expected.push(await decide(panels.nth(index), index));
    expect(await page.locator('#decided-count').textContent()).toBe(`Decided ${total} / ${total}`);
    await page.selectOption('#filter-status', 'open');
    expect(await page.locator('#filter-count').textContent()).toBe(`Showing 0 of ${total}`);
    await page.selectOption('#filter-status', '');

    // A reload (or a closed tab) loses nothing.
    await page.reload({ waitUntil: 'load' });
    expect(await page.locator('#decided-count').textContent()).toBe(`Decided ${total} / ${total}`);
    expect(await page.inputValue('#reviewer-name')).toBe('Zoë Ölçer');
    expect(await page.locator('#review-queue .decision [aria-pressed="true"]').count()).toBe(total);
    expect(await page.locator('#review-queue .decision-state').first().textContent()).toMatch(
      /^Decided: .* by Zoë Ölçer/,
    );
    await page.screenshot({ path: outputPath('review-decided-390.png'), fullPage: false });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-decisions')]);
    expect(download.suggestedFilename()).toBe('decisions.jsonl');
    const decisions = join(tempDir(), 'decisions.jsonl');
    await download.saveAs(decisions);
    const lines = readFileSync(decisions, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(total);
    lines.forEach((line, index) => {
      const want = expected[index];
      expect(line).toMatchObject({ ...want, reviewer: 'Zoë Ölçer' });
      expect(Object.keys(line)).toEqual([
        'item',
        'decision',
        ...(want?.rating === undefined ? [] : ['rating']),
        'reviewer',
        ...(want?.note === undefined ? [] : ['note']),
        'at',
        'questionHash',
      ]);
      expect(Number.isNaN(Date.parse(line.at))).toBe(false);
    });
    expect(watch.requests.filter((url) => !/^(file|blob):/.test(url))).toEqual([]);
    expect(watch.problems).toEqual([]);

    // review apply: adjudicated results, re-rendered reports, calibration input, new gold labels.
    const suite = tempDir('rubricate-gold-');
    writeFileSync(join(suite, 'labels.csv'), 'transcript,question,rating\n');
    const applied = await cli(['review', 'apply', run, decisions, '--to-suite', suite]);
    expect(applied.code, applied.stderr).toBe(0);
    const reviewed = readFileSync(join(run, 'reviewed.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(reviewed.map((r) => [r.key, r.decision])).toEqual(expected.map((e) => [e.item, e.decision]));
    expect(JSON.parse(readFileSync(join(run, 'summary.json'), 'utf8')).review).toEqual({
      decided: total,
      pending: 0,
    });
    const mislocated = expected.filter((e) => e.decision === 'mislocated').length;
    const labels = readFileSync(join(suite, 'labels.csv'), 'utf8').trim().split('\n');
    expect(labels).toHaveLength(1 + total - mislocated);
    const calibrated = await cli(['calibrate', '--run', run, '--json']);
    expect(calibrated.code, calibrated.stderr).toBe(0);
    expect(JSON.parse(calibrated.stdout).reviewedItems).toBe(total);

    // The re-rendered report shows every item reviewed, even in a browser that never saw the decisions.
    const fresh = await open(1280);
    expect(await fresh.page.locator('#review-queue .reviewed-badge').count()).toBe(total);
    expect(await fresh.page.locator('#decided-count').textContent()).toBe(`Decided ${total} / ${total}`);
    expect(await fresh.page.locator('#heatmap .review-done').count()).toBe(total);
    expect(await fresh.page.locator('#review-queue').textContent()).toContain('<b>tags</b>');
    expect(fresh.watch.problems).toEqual([]);
  }, 120_000);

  it.each([1280, 390])(
    'report.html, the calibration page and eval-report.html fit %i px without sideways scrolling',
    async (width) => {
      const calibration = join(tempDir(), 'calibration.html');
      const made = await cli(['calibrate', '--run', run, '--html', calibration]);
      expect(made.code, made.stderr).toBe(0);
      const evalOut = join(tempDir(), 'eval');
      expect((await cli(['eval', 'evals/golden', '--out', evalOut, '--quiet'])).code).toBe(0);
      if (!browser) throw new Error('no browser');
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const watch = await watchPage(page);
      for (const [name, file] of [
        ['report', join(run, 'report.html')],
        ['calibration', calibration],
        ['eval-report', join(evalOut, 'eval-report.html')],
      ] as const) {
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        const { scrollWidth, innerWidth } = await scrollsSideways(page);
        expect(scrollWidth, `${name} at ${width}px`).toBeLessThanOrEqual(innerWidth);
        await page.screenshot({ path: outputPath(`${name}-${width}.png`), fullPage: true });
      }
      // The calibration page: one row per interviewer, each with a dot on the common axis.
      await page.goto(pathToFileURL(calibration).href);
      const rows = page.locator('.bias-row');
      expect(await rows.count()).toBeGreaterThan(3);
      expect(await page.locator('.bias-row svg circle.dot').count()).toBe(await rows.count());
      const widths = await page
        .locator('.bias-row .bias-plot svg')
        .evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().width));
      expect(new Set(widths.map((w) => Math.round(w))).size).toBe(1);
      // At phone width the question filter fits on the screen.
      await page.goto(pathToFileURL(join(run, 'report.html')).href);
      const filter = await page.locator('#filter-question').boundingBox();
      expect((filter?.x ?? 0) + (filter?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(width);
      expect(watch.problems).toEqual([]);
      await page.close();
    },
    120_000,
  );
});
