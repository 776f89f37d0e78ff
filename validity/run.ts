/**
 * `npm run validity`: how well the offline heuristic judge's ratings follow human grades. Scores
 * the bundled interviews' golden labels (evals/golden) and every labelled set found in
 * `validity/data/*` and in the folders named by `--data DIR` or `RUBRICATE_VALIDITY_DATA`
 * (each a folder with a `set.json`, see validity/README.md), then prints per set Pearson and
 * Spearman with bootstrap 95% intervals, the mean within-question r, the mean gold per rating
 * and an answer-length baseline. A plain script, like the benchmarks: it asserts nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHeuristicJudge } from '../src/judge/heuristic/create-heuristic-judge.ts';
import type { JudgeModel } from '../src/judge/schema.ts';
import { parseRubric } from '../src/rubric/parse-rubric.ts';
import type { Rubric } from '../src/rubric/schema.ts';
import { parseTranscript } from '../src/transcript/parse-transcript.ts';
import type { Transcript } from '../src/transcript/schema.ts';
import { sidecarPathFor } from '../src/transcript/transcript-id.ts';
import { computeValidity } from '../src/validity/compute-validity.ts';
import { formatValidity } from '../src/validity/format-validity.ts';
import { parseValidityLabels } from '../src/validity/parse-validity-labels.ts';
import { ValiditySetSchema } from '../src/validity/schema.ts';
import { type SetPart, scoreSet } from '../src/validity/score-set.ts';

const ROOT = resolve(import.meta.dirname, '..');

function readRubric(path: string): Rubric {
  const { rubric, diagnostics } = parseRubric({ path, text: readFileSync(path, 'utf8') });
  if (rubric === null)
    throw new Error(`${path}: the rubric does not compile: ${JSON.stringify(diagnostics)}`);
  return rubric;
}

async function readTranscripts(folder: string): Promise<Transcript[]> {
  const files = readdirSync(folder)
    .filter((file) => !file.endsWith('.meta.yaml') && !file.startsWith('.'))
    .sort();
  return Promise.all(
    files.map((file) => {
      const path = join(folder, file);
      const sidecar = sidecarPathFor(path);
      return parseTranscript({
        path,
        bytes: readFileSync(path),
        ...(existsSync(sidecar) ? { sidecar: readFileSync(sidecar, 'utf8') } : {}),
      });
    }),
  );
}

interface LoadedSet {
  readonly name: string;
  readonly parts: readonly SetPart[];
  readonly labels: ReadonlyMap<string, number>;
  readonly note: string;
}

async function goldenSet(): Promise<LoadedSet> {
  const labels = parseValidityLabels(
    readFileSync(join(ROOT, 'evals/golden/labels.csv'), 'utf8'),
    'evals/golden/labels.csv',
  );
  return {
    name: 'bundled interviews (evals/golden, gold 1-4)',
    parts: [
      {
        rubric: readRubric(join(ROOT, 'rubrics/interview-rubric.md')),
        transcripts: await readTranscripts(join(ROOT, 'transcripts')),
      },
    ],
    labels: labels.gold,
    note: `${labels.skipped} labels are not_asked and not scored`,
  };
}

async function dataSet(folder: string): Promise<LoadedSet> {
  const set = ValiditySetSchema.parse(JSON.parse(readFileSync(join(folder, 'set.json'), 'utf8')));
  const parts = await Promise.all(
    set.parts.map(async (part) => ({
      rubric: readRubric(join(folder, part.rubric)),
      transcripts: await readTranscripts(join(folder, part.transcripts)),
    })),
  );
  const labels = parseValidityLabels(
    readFileSync(join(folder, set.labels), 'utf8'),
    join(folder, set.labels),
  );
  return {
    name: `${set.name} (${set.gold})`,
    parts,
    labels: labels.gold,
    note: `${set.source}; ${set.licence}`,
  };
}

function dataFolders(): string[] {
  const roots = [join(ROOT, 'validity/data')];
  const fromEnv = process.env.RUBRICATE_VALIDITY_DATA;
  if (fromEnv !== undefined && fromEnv !== '') roots.push(...fromEnv.split(':'));
  process.argv.forEach((arg, index) => {
    const next = process.argv[index + 1];
    if (arg === '--data' && next !== undefined) roots.push(resolve(next));
  });
  return roots
    .filter((root) => existsSync(root))
    .flatMap((root) =>
      existsSync(join(root, 'set.json'))
        ? [root]
        : readdirSync(root)
            .map((name) => join(root, name))
            .filter((folder) => existsSync(join(folder, 'set.json'))),
    );
}

async function main(): Promise<void> {
  // The judge's own time, apart from reading and aligning transcripts: the heuristic's speed.
  const heuristic = createHeuristicJudge();
  const timing = { ms: 0, calls: 0 };
  const judge: JudgeModel = {
    ...heuristic,
    async judge(request) {
      const started = performance.now();
      try {
        return await heuristic.judge(request);
      } finally {
        timing.ms += performance.now() - started;
        timing.calls += 1;
      }
    },
  };
  const folders = dataFolders();
  const sets = [await goldenSet(), ...(await Promise.all(folders.map(dataSet)))];
  for (const set of sets) {
    const started = performance.now();
    timing.ms = 0;
    timing.calls = 0;
    const items = await scoreSet(set.parts, set.labels, judge);
    const seconds = (performance.now() - started) / 1000;
    const rate = timing.ms > 0 ? Math.round((timing.calls * 1000) / timing.ms) : 0;
    console.log(formatValidity(computeValidity(set.name, items)));
    console.log(
      `  ${set.note}; scored in ${seconds.toFixed(1)} s, of which judging ${(timing.ms / 1000).toFixed(2)} s (${rate.toLocaleString('en-US')} items/s)\n`,
    );
  }
  if (folders.length === 0) {
    console.log(
      'No public labelled sets found (validity/data/*/set.json, --data DIR, RUBRICATE_VALIDITY_DATA); see validity/README.md to build them.',
    );
  }
}

await main();
