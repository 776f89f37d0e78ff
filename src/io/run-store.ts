import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { type ItemResult, ItemResultSchema } from '../aggregate/schema.ts';
import { readSecretFile, writeSecretFile } from '../cache/secret-file.ts';
import { InputError, UsageError } from '../errors.ts';
import { type RunManifest, RunManifestSchema } from '../report/schema.ts';
import { type Rubric, RubricSchema } from '../rubric/schema.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { makePrivateDir } from './private-dir.ts';

/** The files of a run directory (CONTRACT.md), by role. */
export const RUN_FILES = Object.freeze({
  manifest: 'run.json',
  rubric: 'rubric.json',
  results: 'results.jsonl',
  summary: 'summary.json',
  calls: 'calls.jsonl',
  /** The run's OpenAI Batch API files and batches (`--batch-api`), so `--resume` finds them. */
  batches: 'batches.json',
  log: 'run.log',
  /** Scratch: the report rows of a run in progress, deleted once its reports are written. */
  reportRows: 'report-rows.jsonl.partial',
  /** The run's own nonce key, derived from the cache secret (see `deriveRunKey`). */
  runKey: 'run.key',
  /** Runs made before `run.key` kept a copy of the cache secret here; still read on resume. */
  legacySecret: 'secret.key',
});

/**
 * Creates a fresh run directory (mode 700; a `.gitignore` in the topmost folder it creates);
 * refuses to write into one that already holds a run.
 */
export function createRunDir(dir: string): void {
  assertNewRunDir(dir);
  makePrivateDir(dir, { gitignore: true });
}

/** Stores the run's nonce key: mode 600, never overwritten. */
export function writeRunKey(dir: string, key: string): void {
  writeSecretFile(join(dir, RUN_FILES.runKey), key);
}

/** The run's nonce key, or undefined when the run has none (it then cannot be resumed). */
export function readRunKey(dir: string): string | undefined {
  return readSecretFile(join(dir, RUN_FILES.runKey)) ?? readSecretFile(join(dir, RUN_FILES.legacySecret));
}

/** Fails early when `dir` cannot become a new run: it holds a run, or other files. */
export function assertNewRunDir(dir: string): void {
  if (existsSync(join(dir, RUN_FILES.manifest))) {
    throw new UsageError(
      `${dir} already holds a run. Use \`--resume ${dir}\` to continue it, or choose another --out.`,
    );
  }
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new UsageError(`Expected --out to be a new or empty directory, but ${dir} has files in it.`);
  }
}

export function writeJson(dir: string, file: string, value: unknown): void {
  writeFileAtomic(join(dir, file), `${JSON.stringify(value, null, 2)}\n`);
}

export function writeResults(dir: string, items: readonly ItemResult[]): void {
  writeFileAtomic(join(dir, RUN_FILES.results), items.map((i) => `${JSON.stringify(i)}\n`).join(''));
}

/** Reads and validates `run.json`, `rubric.json` and (when present) `results.jsonl`. */
export function readRun(dir: string): { manifest: RunManifest; rubric: Rubric; items: ItemResult[] } {
  if (!existsSync(join(dir, RUN_FILES.manifest))) {
    throw new UsageError(
      `Expected a run directory with ${RUN_FILES.manifest} at \`${dir}\`, but there is none.`,
    );
  }
  const manifest = readJsonFile(dir, RUN_FILES.manifest, RunManifestSchema);
  const rubric = readJsonFile(dir, RUN_FILES.rubric, RubricSchema);
  const resultsPath = join(dir, RUN_FILES.results);
  const items = existsSync(resultsPath)
    ? readFileSync(resultsPath, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, n: i + 1 }))
        .filter(({ line }) => line.trim() !== '')
        .map(({ line, n }) => parseLine(join(dir, RUN_FILES.results), n, line, ItemResultSchema))
    : [];
  return { manifest, rubric, items };
}

function readJsonFile<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  const path = join(dir, file);
  if (!existsSync(path))
    throw new InputError('run_invalid', path, undefined, 'expected this run file, but it is missing');
  // A whole (pretty-printed) file: a syntax error's line comes from its position, a schema error has none.
  return parseLine(path, undefined, readFileSync(path, 'utf8'), schema);
}

function parseLine<T>(path: string, line: number | undefined, text: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const { message } = error as Error;
    throw new InputError(
      'run_invalid',
      path,
      syntaxErrorLine(text, line, message),
      `expected JSON: ${message}`,
    );
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      'run_invalid',
      path,
      line,
      `unexpected content at \`${issue?.path.join('.')}\`: ${issue?.message}`,
    );
  }
  return parsed.data;
}

/** The line of a JSON syntax error: V8 reports a character position, which may be on a later line. */
function syntaxErrorLine(text: string, line: number | undefined, message: string): number | undefined {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined) return line;
  return (line ?? 1) + (text.slice(0, Number(position)).match(/\n/g)?.length ?? 0);
}
