import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cli, ROOT, tempDir } from '../cli/run-cli.ts';

interface Step {
  readonly id?: string;
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly if?: string;
  readonly with?: Record<string, unknown>;
}
interface Workflow {
  readonly on: { readonly pull_request: { readonly paths: string[] } };
  readonly jobs: { readonly eval: { readonly env: Record<string, string>; readonly steps: Step[] } };
}

const workflow = parse(readFileSync(join(ROOT, '.github/workflows/rubric-eval.yml'), 'utf8')) as Workflow;
const steps = workflow.jobs.eval.steps;
const evalScript = steps.find((step) => step.id === 'eval')?.run ?? '';

const TRANSCRIPTS = [
  '01-backend-senior-alex-rivera',
  '03-python-mid-jordan-lee',
  '13-distributed-senior-lena-fischer',
];

/** A suite in `dir/name` over three bundled transcripts, with its own copy of the rubric. */
function makeSuite(dir: string, name: string, thresholds: string): string {
  const suite = join(dir, name);
  mkdirSync(suite, { recursive: true });
  cpSync(join(ROOT, 'rubrics/interview-rubric.md'), join(suite, 'rubric.md'));
  // The suite carries its own copies: a suite may not read files outside itself (see SECURITY.md).
  mkdirSync(join(suite, 'transcripts'));
  for (const file of readdirSync(join(ROOT, 'transcripts')).filter((f) =>
    TRANSCRIPTS.some((t) => f.startsWith(t)),
  )) {
    cpSync(join(ROOT, 'transcripts', file), join(suite, 'transcripts', file));
  }
  const transcripts = TRANSCRIPTS.map((t) => `  - transcripts/${t}.*`);
  writeFileSync(
    join(suite, 'suite.yaml'),
    [
      'rubric: rubric.md',
      'transcripts:',
      ...transcripts,
      'judge: heuristic',
      'thresholds:',
      thresholds,
      '',
    ].join('\n'),
  );
  const labels = readFileSync(join(ROOT, 'evals/golden/labels.csv'), 'utf8')
    .split('\n')
    .filter((line, i) => i === 0 || TRANSCRIPTS.some((t) => line.startsWith(t)));
  writeFileSync(join(suite, 'labels.csv'), `${labels.join('\n')}\n`);
  return suite;
}

/** Runs the workflow's own eval step, as GitHub would, with its paths pointed at temp folders. */
function runEvalStep(env: Record<string, string>) {
  return spawnSync('bash', ['-e', '-c', evalScript], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    encoding: 'utf8',
    timeout: 240_000,
  });
}

describe('.github/workflows/rubric-eval.yml', () => {
  it('runs on pull requests touching rubrics/ or evals/, restores and saves the cache, uploads the runs', () => {
    expect(workflow.on.pull_request.paths).toEqual(['rubrics/**', 'evals/**']);
    const uses = steps.map((step) => step.uses ?? step.run?.split('\n')[0]);
    expect(uses).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'npm ci --no-audit --no-fund',
      'actions/cache/restore@v4',
      'status=0',
      'actions/cache/save@v4',
      'actions/upload-artifact@v4',
    ]);
    const { env } = workflow.jobs.eval;
    const restore = steps.find((s) => s.uses === 'actions/cache/restore@v4');
    const save = steps.find((s) => s.uses === 'actions/cache/save@v4');
    const upload = steps.find((s) => s.uses === 'actions/upload-artifact@v4');
    expect(restore?.with?.path).toBe(env.CACHE_DIR);
    expect(save?.with?.path).toBe(env.CACHE_DIR);
    expect([save?.if, upload?.if]).toEqual(['always()', 'always()']);
    expect(upload?.with?.path).toBe(env.EVAL_OUT);
    expect(evalScript).toContain('--cache-dir "$CACHE_DIR"');
  });

  it('with GITHUB_STEP_SUMMARY set, every suite appends a summary naming changed questions, agreement before → after, calls and cost', async () => {
    const suites = tempDir('rubricate-suites-');
    const changed = makeSuite(suites, 'changed', '  maxRegression: 0.5');
    const strict = makeSuite(suites, 'strict', '  minQuadraticKappa: 0.999');
    // Accept today's figures as the baseline (it records each question's hashes), then edit q2's first green flag.
    const accepted = await cli([
      'eval',
      changed,
      '--out',
      join(tempDir(), 'baseline-run'),
      '--update-baseline',
      '--quiet',
    ]);
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(
      JSON.parse(readFileSync(join(changed, 'baseline.json'), 'utf8')).questions.q2.flags['q2.g1'],
    ).toMatch(/^[0-9a-f]{16}$/);
    const rubric = readFileSync(join(changed, 'rubric.md'), 'utf8');
    const q2 = rubric.indexOf('### 2.');
    const flag = rubric.indexOf('\n- ', rubric.indexOf('**Green flags:**', q2));
    writeFileSync(
      join(changed, 'rubric.md'),
      `${rubric.slice(0, flag)}\n- Mentions copying defensively${rubric.slice(rubric.indexOf('\n', flag + 1))}`,
    );

    const out = tempDir('rubricate-eval-out-');
    const summaryFile = join(tempDir(), 'step-summary.md');
    writeFileSync(summaryFile, '# earlier step\n');
    const step = runEvalStep({
      SUITES_DIR: suites,
      EVAL_OUT: out,
      CACHE_DIR: join(out, 'cache'),
      GITHUB_STEP_SUMMARY: summaryFile,
    });
    // The strict suite fails its threshold: the step fails, but only after both suites ran.
    expect(step.status, step.stderr).toBe(1);
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary.startsWith('# earlier step\n')).toBe(true);
    expect(summary).toContain(`## ✅ Rubric eval passed: ${changed}`);
    expect(summary).toContain(`## ❌ Rubric eval failed: ${strict}`);
    expect(summary).toContain('**Failed checks**\n\n- quadratic κ');
    expect(summary).toContain('1 question(s) changed since the baseline:');
    expect(summary).toMatch(
      /\| q2 \| flags \\~q2\.g1 \| \d\.\d{3} → \d\.\d{3} \| \d\.\d{3} → \d\.\d{3} \| \d+ → \d+ \|/,
    );
    expect(summary).toContain('No baseline: changed questions are not tracked.');
    expect(summary).toMatch(/\*\*Run:\*\* 33 items · 0 LLM calls · 0 cache hits · \$0\.0000 · \d+\.\d s/);
    // What GitHub uploads: each suite's run directory, reports and its own copy of the summary.
    for (const name of ['changed', 'strict']) {
      for (const file of [
        'eval-report.md',
        'eval-report.html',
        'junit.xml',
        'summary.md',
        'run/results.jsonl',
      ]) {
        expect(existsSync(join(out, name, file)), `${name}/${file}`).toBe(true);
      }
      expect(summary).toContain(readFileSync(join(out, name, 'summary.md'), 'utf8'));
    }
    expect(readFileSync(join(out, 'changed', 'eval-report.md'), 'utf8')).toContain('## Changed questions');
  }, 300_000);
});
