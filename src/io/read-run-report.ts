import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, UsageError } from '../errors.ts';
import { type Report, type Summary, SummarySchema } from '../report/schema.ts';
import { countReview } from '../review/count-review.ts';
import { readReviewed } from './review-store.ts';
import { RUN_FILES, readRun } from './run-store.ts';

/**
 * Everything a renderer needs from a finished run directory: manifest, rubric, results, summary
 * and the reviewers' decisions (`reviewed.jsonl`), with `summary.review` counted from them.
 * `label` names the directory in messages as the user wrote it.
 */
export function readRunReport(dir: string, label: string = dir): Report {
  const { manifest, rubric, items } = readRun(dir);
  const summaryPath = join(dir, RUN_FILES.summary);
  if (!existsSync(summaryPath) || items.length === 0) {
    throw new UsageError(
      `${label} has no results yet (the run did not finish): complete it with \`rubricate score --resume ${label}\`.`,
    );
  }
  const summary = readSummary(summaryPath);
  const reviewed = readReviewed(dir);
  if (reviewed.length === 0) return { manifest, summary, rubric, items };
  return { manifest, summary: { ...summary, review: countReview(items, reviewed) }, rubric, items, reviewed };
}

/** `summary.json` validated; a damaged one is an `InputError` naming the file, not a crash. */
function readSummary(path: string): Summary {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError('run_invalid', path, undefined, `expected JSON: ${(error as Error).message}`);
  }
  const parsed = SummarySchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new InputError(
    'run_invalid',
    path,
    undefined,
    `unexpected content at \`${issue?.path.join('.')}\`: ${issue?.message}`,
  );
}
