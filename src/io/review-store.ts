import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.ts';
import { type Decision, type ReviewedItem, ReviewedItemSchema } from '../review/schema.ts';
import { writeFileAtomic } from './atomic-write.ts';

/** The adjudicated results of a run, beside (never inside) `results.jsonl`. */
export const REVIEWED_FILE = 'reviewed.jsonl';

/**
 * Reads a run's `reviewed.jsonl`; a run nobody reviewed has none, which is an empty list. The file
 * is ours (written atomically), so a bad line means someone edited it: an `InputError` naming it.
 */
export function readReviewed(dir: string): ReviewedItem[] {
  const path = join(dir, REVIEWED_FILE);
  if (!existsSync(path)) return [];
  const entries: ReviewedItem[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      if (text.trim() === '') return;
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (error) {
        throw new InputError('run_invalid', path, index + 1, `expected JSON: ${(error as Error).message}`);
      }
      const parsed = ReviewedItemSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new InputError(
          'run_invalid',
          path,
          index + 1,
          `expected {key, finalRating, decision, reviewer, note, at}; \`${issue?.path.join('.')}\`: ${issue?.message}`,
        );
      }
      entries.push(parsed.data);
    });
  return entries;
}

/** Replaces a run's `reviewed.jsonl` as a whole (atomically), with the CONTRACT keys in order. */
export function writeReviewed(dir: string, entries: readonly ReviewedItem[]): void {
  const lines = entries.map(({ key, finalRating, decision, reviewer, note, at }) =>
    JSON.stringify({ key, finalRating, decision, reviewer, note, at }),
  );
  writeFileAtomic(join(dir, REVIEWED_FILE), lines.map((line) => `${line}\n`).join(''));
}

/**
 * Appends one decision to a decisions file and flushes it to disk before returning, so a decision
 * the reviewer saw saved survives a closed terminal or a crash.
 */
export function appendDecision(path: string, decision: Decision): void {
  const fd = openSync(path, 'a');
  try {
    writeSync(fd, `${JSON.stringify(decision)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
