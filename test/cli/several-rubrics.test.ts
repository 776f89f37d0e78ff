import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from './run-cli.ts';

const RUBRIC = join(ROOT, 'rubrics/interview-rubric.md');
const TWO = ['01-backend-senior-alex-rivera.txt', '13-distributed-senior-lena-fischer.srt'];

/** Two rubrics: the bundled one and a trimmed copy (its first three questions), under awkward names. */
function rubrics(dir: string): { full: string; short: string } {
  const text = readFileSync(RUBRIC, 'utf8');
  const cut = text.indexOf('### 4.');
  const full = join(dir, 'team rubric.md');
  const short = join(dir, 'v2', 'team rubric.md');
  mkdirSync(join(dir, 'v2'));
  copyFileSync(RUBRIC, full);
  writeFileSync(short, text.slice(0, cut));
  return { full, short };
}

function transcripts(dir: string): string {
  const folder = join(dir, 'transcripts');
  mkdirSync(folder);
  for (const name of TWO) copyFileSync(join(ROOT, 'transcripts', name), join(folder, name));
  return folder;
}

const summaryOf = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as {
    questions: number;
    items: { total: number };
  };

describe('several rubrics in one invocation', () => {
  it('score writes one run per rubric under --out, each the same as a run of that rubric alone', async () => {
    const dir = tempDir();
    const { full, short } = rubrics(dir);
    const folder = transcripts(dir);
    const out = join(dir, 'runs');
    const both = await cli([
      'score',
      folder,
      '--rubric',
      full,
      '--rubric',
      short,
      '--out',
      out,
      '--judge',
      'heuristic',
    ]);
    expect(both.code, both.stderr).toBe(0);
    expect(both.stdout).toContain(`== ${full} ==`);
    expect(summaryOf(join(out, 'team_rubric')).questions).toBe(11);
    expect(summaryOf(join(out, 'team_rubric-2')).questions).toBe(3);

    const alone = await cli([
      'score',
      folder,
      '--rubric',
      short,
      '--out',
      join(dir, 'alone'),
      '--judge',
      'heuristic',
    ]);
    expect(alone.code, alone.stderr).toBe(0);
    expect(readFileSync(join(out, 'team_rubric-2', 'results.jsonl'), 'utf8')).toBe(
      readFileSync(join(dir, 'alone', 'results.jsonl'), 'utf8'),
    );
  });

  it('score takes a comma list, and a broken rubric stops every run before anything is written', async () => {
    const dir = tempDir();
    const { full } = rubrics(dir);
    const folder = transcripts(dir);
    const broken = join(dir, 'broken.md');
    writeFileSync(broken, '# Nothing here\n\nNo questions at all.\n');
    const out = join(dir, 'runs');
    const result = await cli([
      'score',
      folder,
      '--rubric',
      `${full},${broken}`,
      '--out',
      out,
      '--judge',
      'heuristic',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('broken.md');
    expect(existsSync(out)).toBe(false);
  });

  it('score refuses --resume with several rubrics', async () => {
    const dir = tempDir();
    const { full, short } = rubrics(dir);
    const result = await cli(['score', '--resume', join(dir, 'x'), '--rubric', `${full},${short}`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--resume continues one run');
  });

  it('eval gates one suite against each rubric, one folder each, and exits with the worst outcome', async () => {
    const dir = tempDir('rubricate-suite-');
    copyFileSync(RUBRIC, join(dir, 'rubric.md'));
    transcripts(dir);
    writeFileSync(
      join(dir, 'suite.yaml'),
      [
        'rubric: rubric.md',
        'transcripts:',
        ...TWO.map((t) => `  - transcripts/${t}`),
        'judge: heuristic',
        'thresholds:',
        '  minExactAgreement: 0.99',
      ].join('\n'),
    );
    const labels = readFileSync(join(ROOT, 'evals/golden/labels.csv'), 'utf8')
      .split('\n')
      .filter((line, i) => i === 0 || TWO.some((t) => line.startsWith(t.replace(/\.\w+$/, ''))));
    writeFileSync(join(dir, 'labels.csv'), `${labels.join('\n')}\n`);
    const { full, short } = rubrics(tempDir());
    const out = join(dir, 'out');
    const result = await cli(['eval', dir, '--rubric', full, '--rubric', short, '--out', out]);
    expect(result.stdout).toContain(`== ${short} ==`);
    // The strict threshold fails for each rubric: exit 1, and each wrote its own report.
    expect(result.code, result.stderr).toBe(1);
    for (const folder of ['team_rubric', 'team_rubric-2'])
      expect(existsSync(join(out, folder, 'eval-report.md'))).toBe(true);
    const update = await cli(['eval', dir, '--rubric', `${full},${short}`, '--update-baseline']);
    expect(update.code).toBe(2);
    expect(update.stderr).toContain('--update-baseline takes one --rubric');
  });
});
