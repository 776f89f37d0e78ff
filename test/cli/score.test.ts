import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SummarySchema } from '../../src/report/schema.ts';
import { cli, ROOT, tempDir } from './run-cli.ts';

const RUBRIC = join(ROOT, 'rubrics/interview-rubric.md');

function readJsonl(path: string): unknown[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

describe('rubricate score (offline heuristic judge)', () => {
  it('scores the bundled transcripts and writes the whole run directory', async () => {
    const out = join(tempDir(), 'run');
    const { code, stdout, stderr } = await cli([
      'score',
      'transcripts',
      '--rubric',
      RUBRIC,
      '--out',
      out,
      '--format',
      'md,html,json,csv,junit',
    ]);
    expect(code, stderr).toBe(0);
    expect(stderr).toContain('no OPENAI_API_KEY set');
    for (const file of [
      'run.json',
      'results.jsonl',
      'summary.json',
      'calls.jsonl',
      'report.md',
      'report.html',
      'results.csv',
      'junit.xml',
      'rubric.json',
    ]) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
    const summary = SummarySchema.parse(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')));
    const transcripts = readdirSync(join(ROOT, 'transcripts')).filter(
      (f) => !f.endsWith('.meta.yaml'),
    ).length;
    expect(summary.status).toBe('complete');
    expect(summary.transcripts).toBe(transcripts);
    expect(summary.items.total).toBe(transcripts * 11);
    expect(summary.items.scored + summary.items.notAsked + summary.items.failed).toBe(summary.items.total);
    expect(readJsonl(join(out, 'results.jsonl'))).toHaveLength(summary.items.total);
    const manifest = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
    expect(manifest.status).toBe('complete');
    expect(manifest.rubric.id).toBe('interview-rubric');
    expect(manifest.inputs.every((i: { hash: string }) => /^[0-9a-f]{64}$/.test(i.hash))).toBe(true);
    // The summary table names every question.
    expect(stdout).toMatch(/q11 When does reinventing/);
    expect(stdout).toContain(`run complete: ${out}`);
  });

  it('scores the good transcripts of a mixed folder, reports the broken ones, and exits 3', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    for (const f of ['01-backend-senior-alex-rivera.txt', '09-backend-senior-hannah-schmidt.json']) {
      copyFileSync(join(ROOT, 'transcripts', f), join(dir, 'in', f));
    }
    for (const f of readdirSync(join(ROOT, 'test/fixtures/alignment/broken'))) {
      copyFileSync(join(ROOT, 'test/fixtures/alignment/broken', f), join(dir, 'in', f));
    }
    writeFileSync(join(dir, 'in', 'empty.txt'), '');
    // A caption file with no readable cue at all; `teams-corrupted-timing.vtt` (one truncated
    // timing line) is read with that cue skipped and a warning, as the WebVTT parser does.
    writeFileSync(join(dir, 'in', 'no-cues.vtt'), 'WEBVTT\n\n00:00:0x.000 --> 00:00:02.000\nhi\n');
    const out = join(dir, 'run');
    const { code, stderr } = await cli(
      ['score', 'in/*', '--rubric', RUBRIC, '--out', out, '--judge', 'heuristic'],
      { cwd: dir },
    );
    expect(code).toBe(3);
    expect(stderr).toMatch(/no-cues\.vtt:3:/);
    expect(stderr).toMatch(/native-syntax-error\.json:\d+:/);
    expect(stderr).toMatch(/empty\.txt/);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.status).toBe('incomplete');
    expect(summary.transcripts).toBe(3);
    expect(summary.transcriptsFailed).toBe(3);
    const manifest = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
    expect(manifest.incompleteReasons).toContain('inputs_failed');
    const failed = manifest.inputs.filter((i: { status: string }) => i.status === 'failed');
    expect(failed).toHaveLength(3);
    expect(failed.every((i: { error: string }) => i.error.length > 10)).toBe(true);
  });

  it('a bad rubric is exit 2 and creates no run directory', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.md'), '# R\n\n- a flag outside any question\n');
    const out = join(dir, 'run');
    const { code, stderr } = await cli(
      ['score', join(ROOT, 'transcripts'), '--rubric', 'bad.md', '--out', out],
      { cwd: dir },
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/bad\.md:\d+:/);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [['--concurrency', '0'], /concurrency.*integer ≥ 1.*`0`/],
    [['--judge', 'gpt'], /Expected --judge/],
    [['--format', 'pdf'], /Expected --format/],
    [['--frobnicate'], /unknown option/],
    [['--judge', 'openai'], /OPENAI_API_KEY/],
  ])('rejects bad usage %j with exit 2', async (extra, message) => {
    const out = join(tempDir(), 'run');
    const { code, stderr } = await cli(['score', 'transcripts', '--rubric', RUBRIC, '--out', out, ...extra]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    // Nothing half-written: the run directory was never created.
    expect(existsSync(out)).toBe(false);
  });

  it('refuses to overwrite an existing run', async () => {
    const out = join(tempDir(), 'run');
    const args = [
      'score',
      'transcripts/01-backend-senior-alex-rivera.txt',
      '--rubric',
      RUBRIC,
      '--out',
      out,
      '--judge',
      'heuristic',
    ];
    expect((await cli(args)).code).toBe(0);
    const again = await cli(args);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--resume');
  });

  it('--dry-run calls nothing and writes nothing', async () => {
    const out = join(tempDir(), 'run');
    const { code, stdout } = await cli(
      [
        'score',
        'transcripts',
        '--rubric',
        RUBRIC,
        '--out',
        out,
        '--judge',
        'openai',
        '--model',
        'gpt-4o-mini,gpt-4.1-mini',
        '--dry-run',
      ],
      { env: { OPENAI_API_KEY: 'sk-test-not-used' } },
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/gpt-4o-mini: \d+ calls, ~\d+ input tokens/);
    expect(stdout).toMatch(/estimated cost: \$\d+\.\d{4}/);
    expect(existsSync(out)).toBe(false);
  });

  it('report re-renders a run without judging, in any format', async () => {
    const out = join(tempDir(), 'run');
    await cli([
      'score',
      'transcripts',
      '--rubric',
      RUBRIC,
      '--out',
      out,
      '--judge',
      'heuristic',
      '--format',
      'md',
    ]);
    expect(existsSync(join(out, 'junit.xml'))).toBe(false);
    const before = readFileSync(join(out, 'calls.jsonl'), 'utf8');
    const { code } = await cli(['report', out, '--format', 'junit,csv']);
    expect(code).toBe(0);
    expect(readFileSync(join(out, 'junit.xml'), 'utf8')).toContain('<testsuites');
    expect(readFileSync(join(out, 'results.csv'), 'utf8').split('\n').length).toBeGreaterThan(100);
    expect(readFileSync(join(out, 'calls.jsonl'), 'utf8')).toBe(before);
  });
});
