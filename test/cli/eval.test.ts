import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from './run-cli.ts';

/**
 * A suite in a temp folder over two bundled transcripts, copied in: a suite may only read files
 * inside its own directory (or its repository) unless the user passes --trust-config.
 */
function makeSuite(thresholds: string): string {
  const dir = tempDir('rubricate-suite-');
  copyFileSync(join(ROOT, 'rubrics/interview-rubric.md'), join(dir, 'rubric.md'));
  mkdirSync(join(dir, 'transcripts'));
  for (const name of ['01-backend-senior-alex-rivera.txt', '13-distributed-senior-lena-fischer.srt']) {
    copyFileSync(join(ROOT, 'transcripts', name), join(dir, 'transcripts', name));
  }
  writeFileSync(
    join(dir, 'suite.yaml'),
    [
      'rubric: rubric.md',
      'transcripts:',
      '  - transcripts/01-backend-senior-alex-rivera.txt',
      '  - transcripts/13-distributed-senior-lena-fischer.srt',
      'judge: heuristic',
      'thresholds:',
      thresholds,
    ].join('\n'),
  );
  const labels = readFileSync(join(ROOT, 'evals/golden/labels.csv'), 'utf8')
    .split('\n')
    .filter(
      (line, i) =>
        i === 0 || /^(01-backend-senior-alex-rivera|13-distributed-senior-lena-fischer)/.test(line),
    );
  writeFileSync(join(dir, 'labels.csv'), `${labels.join('\n')}\n`);
  return dir;
}

describe('rubricate eval', () => {
  it('passes the bundled golden suite and writes eval-report.md and junit.xml', async () => {
    const out = join(tempDir(), 'eval');
    const { code, stdout, stderr } = await cli(['eval', 'evals/golden', '--out', out, '--json']);
    expect(code, stderr).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.passed).toBe(true);
    expect(json.overall.n).toBeGreaterThan(50);
    expect(readFileSync(join(out, 'eval-report.md'), 'utf8')).toMatch(/^# Eval .*: PASS/);
    expect(readFileSync(join(out, 'junit.xml'), 'utf8')).toContain('<testsuites');
  });

  it('exits 1 when a threshold fails, naming it', async () => {
    const suite = makeSuite('  minQuadraticKappa: 0.999\n  minExactAgreement: 0.999');
    const out = join(suite, 'out');
    const { code, stdout } = await cli(['eval', suite, '--out', out, '--quiet']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/eval FAILED/);
    expect(stdout).toMatch(/minimum 0\.999/);
    expect(readFileSync(join(out, 'junit.xml'), 'utf8')).toContain('<failure');
  });

  it('--update-baseline writes baseline.json; a later drop beyond maxRegression fails', async () => {
    const suite = makeSuite('  maxRegression: 0.0');
    const first = await cli(['eval', suite, '--out', join(suite, 'a'), '--update-baseline', '--quiet']);
    expect(first.code, first.stderr).toBe(0);
    expect(existsSync(join(suite, 'baseline.json'))).toBe(true);
    // Same run again: no regression.
    expect((await cli(['eval', suite, '--out', join(suite, 'b'), '--quiet'])).code).toBe(0);
    // A baseline that claims perfect agreement: the current run is a regression.
    const baseline = JSON.parse(readFileSync(join(suite, 'baseline.json'), 'utf8'));
    baseline.overall.quadraticKappa = 1;
    writeFileSync(join(suite, 'baseline.json'), JSON.stringify(baseline));
    const third = await cli(['eval', suite, '--out', join(suite, 'c'), '--quiet']);
    expect(third.code).toBe(1);
    expect(third.stdout).toMatch(/regression|baseline/i);
  });

  it('a suite without labels.csv is exit 2', async () => {
    const dir = tempDir();
    copyFileSync(join(ROOT, 'evals/golden/suite.yaml'), join(dir, 'suite.yaml'));
    const { code, stderr } = await cli(['eval', dir]);
    expect(code).toBe(2);
    expect(stderr).toContain('labels.csv');
  });
});
