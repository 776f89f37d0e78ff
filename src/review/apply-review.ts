import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UsageError } from '../errors.ts';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { readRunReport } from '../io/read-run-report.ts';
import { readReviewed, writeReviewed } from '../io/review-store.ts';
import { RUN_FILES, writeJson } from '../io/run-store.ts';
import { RENDERERS, renderReports } from '../report/registry.ts';
import type { Report } from '../report/schema.ts';
import { countReview, type ReviewCounts } from './count-review.ts';
import { mergeReviewed } from './merge-reviewed.ts';
import { parseDecisions } from './parse-decisions.ts';
import { planSuiteLabels, type SuiteLabel } from './plan-suite-labels.ts';
import { resolveDecisions } from './resolve-decisions.ts';
import type { DecisionIssue, LocatedDecision, ReviewedItem } from './schema.ts';

/** What `rubricate review apply` was asked to do. */
export interface ApplyReviewInput {
  /** The run directory (absolute) and how the user wrote it, for messages. */
  readonly dir: string;
  readonly dirLabel: string;
  /** The decisions file's text and its name for messages. */
  readonly decisionsText: string;
  readonly decisionsLabel: string;
  /** `--to-suite`: the suite directory (absolute) and its label. */
  readonly suite?: { readonly dir: string; readonly label: string };
  readonly force: boolean;
}

/** The outcome: what was written, or every problem found (and nothing written). */
export type ApplyReviewResult =
  | {
      readonly kind: 'applied';
      readonly decisions: number;
      readonly review: ReviewCounts;
      readonly files: string[];
      readonly labels: {
        readonly added: number;
        readonly replaced: number;
        readonly unchanged: number;
        readonly skipped: number;
      } | null;
    }
  | { readonly kind: 'invalid'; readonly issues: DecisionIssue[] };

/**
 * Applies reviewers' decisions to a run: validates every line first (unknown items, stale question
 * hashes, off-scale ratings, malformed lines; with `suite`, conflicting gold labels) and writes
 * nothing unless all pass. Then merges them into `reviewed.jsonl` (a later decision for an item
 * replaces an earlier one, also across applies), adds `review: {decided, pending}` to
 * `summary.json`, re-renders every report the run has, and appends the decided ratings to the
 * suite's `labels.csv`. `results.jsonl` is never touched; every file is replaced atomically.
 */
export function applyReview(input: ApplyReviewInput): ApplyReviewResult {
  const report = readRunReport(input.dir, input.dirLabel);
  const parsed = parseDecisions(input.decisionsText);
  const resolved = resolveDecisions(parsed.decisions, report.items, report.rubric);
  const issues = [...parsed.issues, ...resolved.issues].sort((a, b) => a.line - b.line);
  if (issues.length === 0 && parsed.decisions.length === 0) {
    issues.push({ line: 1, message: 'expected at least one decision, but the file has none' });
  }
  if (issues.length > 0) return { kind: 'invalid', issues };

  const latest = mergeReviewed([], resolved.reviewed);
  let labels: { text: string; path: string; counts: ApplyLabelCounts } | null = null;
  if (input.suite !== undefined) {
    const planned = planLabels(input.suite, input.force, report, latest, parsed.decisions);
    if (planned.kind === 'invalid') return planned;
    labels = planned;
  }

  const reviewed = mergeReviewed(readReviewed(input.dir), resolved.reviewed);
  const review = countReview(report.items, reviewed);
  const summary = { ...report.summary, review };
  writeReviewed(input.dir, reviewed);
  writeJson(input.dir, RUN_FILES.summary, summary);
  const formats = [...RENDERERS.values()]
    .filter((renderer) => renderer.format !== 'json' && existsSync(join(input.dir, renderer.fileName)))
    .map((renderer) => renderer.format);
  const rendered = renderReports({ ...report, summary, reviewed }, formats);
  for (const file of rendered) writeFileAtomic(join(input.dir, file.fileName), file.content);
  if (labels !== null) writeFileAtomic(labels.path, labels.text);
  return {
    kind: 'applied',
    decisions: parsed.decisions.length,
    review,
    files: ['reviewed.jsonl', RUN_FILES.summary, ...rendered.map((file) => file.fileName)],
    labels: labels?.counts ?? null,
  };
}

interface ApplyLabelCounts {
  readonly added: number;
  readonly replaced: number;
  readonly unchanged: number;
  readonly skipped: number;
}

function planLabels(
  suite: NonNullable<ApplyReviewInput['suite']>,
  force: boolean,
  report: Report,
  latest: readonly ReviewedItem[],
  decisions: readonly LocatedDecision[],
):
  | { kind: 'ok'; text: string; path: string; counts: ApplyLabelCounts }
  | { kind: 'invalid'; issues: DecisionIssue[] } {
  if (!existsSync(suite.dir) || !statSync(suite.dir).isDirectory()) {
    throw new UsageError(`Expected --to-suite to name a suite directory, but \`${suite.label}\` is not one.`);
  }
  const path = join(suite.dir, 'labels.csv');
  const byKey = new Map(report.items.map((item) => [item.key, item]));
  // The line of the last decision per item, so a conflict names the line that set the label.
  const lineOf = new Map(decisions.map(({ line, decision }) => [decision.item, line]));
  const labels: SuiteLabel[] = [];
  let skipped = 0;
  for (const entry of latest) {
    const item = byKey.get(entry.key);
    const rating = entry.finalRating ?? (entry.decision === 'mislocated' ? null : 'not_asked');
    // A mis-located answer carries no rating a person gave: there is nothing to label.
    if (item === undefined || rating === null) {
      skipped += 1;
      continue;
    }
    labels.push({
      transcriptFile: basename(item.transcriptPath),
      transcript: item.transcript,
      question: item.question,
      rating,
      line: lineOf.get(entry.key) ?? 1,
    });
  }
  const plan = planSuiteLabels({
    path: join(suite.label, 'labels.csv'),
    text: existsSync(path) ? readFileSync(path, 'utf8') : null,
    scale: report.rubric.scale,
    labels,
    force,
  });
  if (plan.kind === 'conflict') return { kind: 'invalid', issues: plan.issues };
  const { added, replaced, unchanged } = plan;
  return { kind: 'ok', text: plan.text, path, counts: { added, replaced, unchanged, skipped } };
}
