import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from './run-cli.ts';

const RUBRIC = join(ROOT, 'rubrics/interview-rubric.md');
const GOOD = readFileSync(join(ROOT, 'transcripts/01-backend-senior-alex-rivera.txt'), 'utf8');

describe('score: reader limits and reader warnings', () => {
  it('refuses a file over --max-file-mb before reading it, names the flag, and scores the rest', async () => {
    const dir = tempDir('rubricate-limits-');
    writeFileSync(join(dir, 'good.txt'), GOOD);
    writeFileSync(
      join(dir, 'big.txt'),
      `Interviewer: hello\n${'Candidate: words words words\n'.repeat(40_000)}`,
    );
    const { code, stderr } = await cli(
      [
        'score',
        '.',
        '--rubric',
        RUBRIC,
        '--judge',
        'heuristic',
        '--out',
        'run',
        '--max-file-mb',
        '0.5',
        '--quiet',
      ],
      { cwd: dir },
    );
    expect(code).toBe(3);
    expect(stderr).toMatch(
      /big\.txt: expected a transcript of at most 512 KB; got 1\.1 MB \(raise the limit with --max-file-mb\)/,
    );
    const manifest = JSON.parse(readFileSync(join(dir, 'run', 'run.json'), 'utf8'));
    expect(manifest.inputs.map((i: { status: string }) => i.status).sort()).toEqual(['failed', 'ok']);
    // Resuming with a higher limit reads it.
    const resumed = await cli(['score', '--resume', 'run', '--max-file-mb', '5', '--quiet'], { cwd: dir });
    expect(resumed.code, resumed.stderr).toBe(0);
  });

  it('refuses a file with more segments than --max-segments, naming the flag', async () => {
    const dir = tempDir('rubricate-limits-');
    const time = (s: number) =>
      `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
    const cues = Array.from(
      { length: 400 },
      (_, i) => `${i + 1}\n${time(i)},000 --> ${time(i)},900\n${i % 2 ? 'Ann' : 'Bo'}: line ${i}\n`,
    );
    writeFileSync(join(dir, 'many.srt'), cues.join('\n'));
    writeFileSync(join(dir, 'good.txt'), GOOD);
    const { code, stderr } = await cli(
      ['score', '.', '--rubric', RUBRIC, '--judge', 'heuristic', '--out', 'run', '--max-segments', '300'],
      { cwd: dir },
    );
    expect(code).toBe(3);
    expect(stderr).toMatch(/many\.srt:\d+: expected at most 300 segments .*--max-segments/);
  });

  it('prints and records what a reader skipped, with its line', async () => {
    const dir = tempDir('rubricate-limits-');
    const vtt = [
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:04.000',
      'Ines: When integrating with external APIs, how do you design for latency, rate limits and partial failures?',
      '',
      '00:00:05.000 --> 00:00:60.000',
      'Cal: this cue has an invalid timestamp',
      '',
      '00:00:06.000 --> 00:00:09.000 align:start position:50.00%,middle',
      'Cal: We retry with backoff and use timeouts and a circuit breaker.',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'call.vtt'), vtt);
    const { code, stderr } = await cli(
      ['score', 'call.vtt', '--rubric', RUBRIC, '--judge', 'heuristic', '--out', 'run'],
      {
        cwd: dir,
      },
    );
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/call\.vtt:6: warning: /);
    const manifest = JSON.parse(readFileSync(join(dir, 'run', 'run.json'), 'utf8'));
    expect(manifest.inputs[0].warnings.some((w: { line?: number }) => w.line === 6)).toBe(true);
  });
});
