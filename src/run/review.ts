import { existsSync, readFileSync } from 'node:fs';
import { UsageError } from '../errors.ts';
import { readRunReport } from '../io/read-run-report.ts';
import { appendDecision } from '../io/review-store.ts';
import { parseDecisions } from '../review/parse-decisions.ts';
import { type LineReader, runReviewSession } from '../review/run-review-session.ts';

/** What walking a run's review queue needs: the run, the decisions file, and the terminal's effects. */
export interface ReviewWalk {
  /** The run directory (absolute) and its name as the user gave it, for messages. */
  readonly dir: string;
  readonly dirLabel: string;
  /** The decisions file appended to (absolute) and its name for messages. */
  readonly out: string;
  readonly outLabel: string;
  readonly reviewer?: string;
  readonly readLine: LineReader;
  readonly write: (text: string) => void;
  /** How evidence is marked in the answer excerpt (ANSI on a terminal, plain otherwise). */
  readonly marker: Parameters<typeof runReviewSession>[1]['marker'];
}

/**
 * `review <run-dir>`, step by step: read the run (reviewed items included), skip items already
 * decided in the decisions file, walk the rest of the queue in order, appending each decision as
 * it is made (so quitting loses nothing and a second walk goes on where this one stopped).
 */
export async function walkReviewQueue(walk: ReviewWalk) {
  const report = readRunReport(walk.dir, walk.dirLabel);
  const decided = new Set((report.reviewed ?? []).map((entry) => entry.key));
  if (existsSync(walk.out)) {
    const earlier = parseDecisions(readFileSync(walk.out, 'utf8'));
    if (earlier.issues.length > 0) {
      const lines = earlier.issues.map((issue) => `${walk.outLabel}:${issue.line}: ${issue.message}`);
      throw new UsageError(
        `${lines.join('\n')}\n${walk.outLabel} has unreadable lines; fix them or choose another --out.`,
      );
    }
    for (const { decision } of earlier.decisions) decided.add(decision.item);
  }
  return runReviewSession(
    {
      rubric: report.rubric,
      items: report.items,
      decided,
      ...(walk.reviewer === undefined ? {} : { reviewer: walk.reviewer }),
    },
    {
      readLine: walk.readLine,
      write: walk.write,
      append: (decision) => appendDecision(walk.out, decision),
      clock: () => new Date(),
      marker: walk.marker,
    },
  );
}
