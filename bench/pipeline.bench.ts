/**
 * Where the time of an offline run goes, stage by stage: parse → align → judge (heuristic) →
 * aggregate → render, over the bundled transcripts repeated `copies` times (default 10).
 * A plain script, not a test: timing is never asserted. Run: `npm run bench`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_THRESHOLDS } from '../src/aggregate/thresholds.ts';
import { createHeuristicJudge } from '../src/judge/heuristic/create-heuristic-judge.ts';
import type { JudgeVerdict } from '../src/judge/schema.ts';
import { buildVerdictFormat } from '../src/judge/verdict-format.ts';
import { renderJudgePrompt } from '../src/prompt/render-judge-prompt.ts';
import { renderReports } from '../src/report/registry.ts';
import { parseRubric } from '../src/rubric/parse-rubric.ts';
import { aggregateRun } from '../src/run/aggregate-run.ts';
import { detectItem } from '../src/run/detect-items.ts';
import { needsJudging, planItems } from '../src/run/plan-items.ts';
import { planInjectionTwins } from '../src/run/plan-twins.ts';
import { summarizeRun } from '../src/run/summarize-run.ts';
import { parseTranscript } from '../src/transcript/parse-transcript.ts';
import type { Transcript } from '../src/transcript/schema.ts';

const ROOT = resolve(import.meta.dirname, '..');
const COPIES = Number(process.argv[2] ?? 10);

const timings: Array<[string, number, number]> = [];
async function stage<T>(name: string, count: number, fn: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const value = await fn();
  timings.push([name, performance.now() - started, count]);
  return value;
}

const rubricPath = join(ROOT, 'rubrics/interview-rubric.md');
const { rubric } = parseRubric({ path: rubricPath, text: readFileSync(rubricPath, 'utf8') });
if (rubric === null) throw new Error('the bundled rubric does not compile');
const files = readdirSync(join(ROOT, 'transcripts')).filter((f) => !f.endsWith('.meta.yaml'));
const inputs = Array.from({ length: COPIES }, (_, copy) =>
  files.map((f) => ({ path: `copy${copy}/${f}`, bytes: readFileSync(join(ROOT, 'transcripts', f)) })),
).flat();

const transcripts: Transcript[] = await stage('parse', inputs.length, () =>
  Promise.all(inputs.map((i) => parseTranscript(i))),
);
const unique = transcripts.map((t, i) => ({ ...t, id: `${t.id}-${i}` }));
const items = await stage('align', unique.length, () => planItems(unique, rubric));
const judged = items.filter(needsJudging);
const prompts = await stage('render prompts', judged.length, () =>
  judged.map((item) =>
    renderJudgePrompt({
      rubric,
      question: item.question,
      answer: item.slot.answer,
      sample: 0,
      itemKey: item.key,
      secret: 'bench',
    }),
  ),
);
const judge = createHeuristicJudge({ rule: rubric.rule });
const verdicts = await stage('judge (heuristic)', judged.length, async () => {
  const out = new Map<string, JudgeVerdict[]>();
  for (const [i, item] of judged.entries()) {
    const prompt = prompts[i];
    if (prompt === undefined) continue;
    out.set(item.key, [
      await judge.judge({
        itemKey: item.key,
        question: item.question,
        answer: item.slot.answer,
        sample: 0,
        prompt,
        format: buildVerdictFormat(item.question, prompt.flagOrder, rubric.scale),
      }),
    ]);
  }
  return out;
});
const reports = await stage(
  'detect',
  items.length,
  () => new Map(items.filter(needsJudging).flatMap(detectItem)),
);
const results = await stage('aggregate', items.length, () =>
  aggregateRun({
    items,
    injection: planInjectionTwins(items, reports),
    verdictsByItem: verdicts,
    missingByItem: new Map(),
    crossCheckJudges: [],
    rubric,
    thresholds: DEFAULT_THRESHOLDS,
  }),
);
const summary = summarizeRun({
  status: 'complete',
  rubric,
  transcripts: unique.length,
  transcriptsFailed: 0,
  items: results,
  calls: [],
  crossCheckJudges: [],
  wallMs: 0,
});
const manifest = {
  tool: { name: 'rubricate' as const, version: 'bench' },
  rubric: { id: rubric.id, path: rubricPath, version: rubric.version, hash: rubric.version },
  promptVersion: 'bench',
  judge: {
    kind: 'heuristic',
    models: ['heuristic-v1'],
    samples: 1,
    temperature: null,
    seed: null,
    baseUrl: null,
    crossCheck: false,
  },
  inputs: [],
  startedAt: new Date(0).toISOString(),
  finishedAt: new Date(0).toISOString(),
  status: 'complete' as const,
  incompleteReasons: [],
  incompleteHints: [],
};
const sizes = await stage('render md,html,csv,junit,json', results.length, () =>
  renderReports({ manifest, summary, rubric, items: results }, ['md', 'html', 'csv', 'junit', 'json']).map(
    (f) => `${f.fileName} ${(f.content.length / 1024).toFixed(0)} kB`,
  ),
);

console.log(
  `pipeline: ${unique.length} transcripts (${COPIES} copies of ${files.length}), ${items.length} items, ${judged.length} judged`,
);
for (const [name, ms, count] of timings) {
  console.log(
    `  ${name.padEnd(30)} ${ms.toFixed(0).padStart(6)} ms  ${((count / ms) * 1000).toFixed(0).padStart(7)} /s  (${count})`,
  );
}
console.log(`  reports: ${sizes.join(', ')}`);
