import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { parseLabels } from '../eval/parse-labels.ts';
import type { GoldRating } from '../eval/schema.ts';
import type { Scale } from '../rubric/schema.ts';
import type { DecisionIssue } from './schema.ts';

/** A decided rating on its way to a suite's `labels.csv`. */
export interface SuiteLabel {
  /** The transcript as labels.csv names it (its file name, as the bundled suite does). */
  readonly transcriptFile: string;
  /** The transcript id (file name without extensions), which labels are matched by. */
  readonly transcript: string;
  readonly question: string;
  readonly rating: GoldRating;
  /** The decisions file line it came from, for messages. */
  readonly line: number;
}

/** What appending to labels.csv would do, or the conflicts that stop it. */
export type SuiteLabelsPlan =
  | {
      readonly kind: 'ok';
      readonly text: string;
      readonly added: number;
      readonly replaced: number;
      readonly unchanged: number;
    }
  | { readonly kind: 'conflict'; readonly issues: DecisionIssue[] };

const HEADER = ['transcript', 'question', 'rating'];

/**
 * The new text of a suite's `labels.csv` with `labels` added: a label already there with the same
 * rating is left alone; one with another rating is a conflict, unless `force`, which rewrites that
 * row's rating in place (other columns kept). New rows go at the end, in the file's column order
 * and line ending. A missing file (`text` null) starts with the `transcript,question,rating` header.
 * Existing rows are validated as `eval` would read them (an `InputError` for a bad file).
 */
export function planSuiteLabels(input: {
  readonly path: string;
  readonly text: string | null;
  readonly scale: Scale;
  readonly labels: readonly SuiteLabel[];
  readonly force: boolean;
}): SuiteLabelsPlan {
  const text = input.text ?? `${HEADER.join(',')}\n`;
  const existing = parseLabels({ path: input.path, text, scale: input.scale });
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const header = readRow(lines.find((line) => line.trim() !== '') ?? '').map((name) =>
    name
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase(),
  );
  const byKey = new Map(existing.map((label) => [JSON.stringify([label.transcript, label.question]), label]));
  const issues: DecisionIssue[] = [];
  const appended: string[] = [];
  let replaced = 0;
  let unchanged = 0;
  for (const label of input.labels) {
    const old = byKey.get(JSON.stringify([label.transcript, label.question]));
    if (old === undefined) {
      appended.push(rowText(header, label));
      continue;
    }
    if (old.rating === label.rating) {
      unchanged += 1;
      continue;
    }
    if (!input.force) {
      issues.push({
        line: label.line,
        message: `${input.path}:${old.line} already labels \`${label.transcript}\` ${label.question} as ${old.rating}, the decision says ${label.rating}; pass --force to replace it`,
      });
      continue;
    }
    const rewritten = rewriteRating(lines[old.line - 1] ?? '', header, label);
    if (rewritten === null) {
      issues.push({
        line: label.line,
        message: `${input.path}:${old.line} spans several lines, so it cannot be replaced in place; edit it by hand`,
      });
      continue;
    }
    lines[old.line - 1] = rewritten;
    replaced += 1;
  }
  if (issues.length > 0) return { kind: 'conflict', issues };
  while (lines.length > 0 && lines[lines.length - 1]?.trim() === '') lines.pop();
  const body = [...lines, ...appended].join(eol);
  return { kind: 'ok', text: `${body}${eol}`, added: appended.length, replaced, unchanged };
}

function readRow(line: string): string[] {
  try {
    const rows: string[][] = parse(line, { bom: true, relax_column_count: true });
    return rows[0] ?? [];
  } catch {
    return [];
  }
}

function rowText(header: readonly string[], label: SuiteLabel): string {
  const cells = header.map((name) =>
    name === 'transcript'
      ? label.transcriptFile
      : name === 'question'
        ? label.question
        : name === 'rating'
          ? String(label.rating)
          : '',
  );
  // escape_formulas: transcript names come from file names, which a spreadsheet must not execute.
  return stringify([cells], { escape_formulas: true, record_delimiter: '' }).replace(/\r?\n$/, '');
}

/** The row on this one line with its rating replaced, or null when the record is not all on it. */
function rewriteRating(line: string, header: readonly string[], label: SuiteLabel): string | null {
  const cells = readRow(line).map((cell) => cell.trim());
  const at = (name: string) => header.indexOf(name);
  if (cells.length !== header.length || cells[at('question')] !== label.question) return null;
  cells[at('rating')] = String(label.rating);
  return stringify([cells], { record_delimiter: '' }).replace(/\r?\n$/, '');
}
