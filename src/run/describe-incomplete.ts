import type { CallRecord } from '../cache/call-record.ts';
import type { StopReason } from './execute-jobs.ts';

/** What a finished (or stopped) run knows about why it is not complete. */
export interface IncompleteFacts {
  readonly dir: string;
  /** Why calls were not made (budget, breaker, interrupt), from the runner. */
  readonly stops: readonly StopReason[];
  /** This run's final call records (journal + new). */
  readonly records: readonly CallRecord[];
  /** Keys whose journal record, before this run, was already failed or invalid (a resume that repeats). */
  readonly previouslyUnfinished: ReadonlySet<string>;
  readonly failedInputs: ReadonlyArray<{ readonly path: string; readonly error: string }>;
  readonly budgetUsd: number | null;
  readonly spentUsd: number;
  /** Items with no usable verdict (status `failed`, not counting those with no answer located). */
  readonly itemsWithoutVerdict: number;
  /** The endpoint host, for messages ("127.0.0.1:9"); null for the default endpoint. */
  readonly host: string | null;
  /** The last real failure of each remote judge (why its breaker opened), if any. */
  readonly causes?: readonly string[];
  /** `--batch-api`: why batches could not be made or followed, and those still running. */
  readonly batch?: { readonly problems: readonly string[]; readonly pendingBatchIds: readonly string[] };
}

/** The run's status, its machine-readable reasons, and one hint per reason that says how to finish. */
export interface IncompleteReport {
  readonly status: 'complete' | 'incomplete';
  /**
   * e.g. `budget_reached`, `circuit_open`, `items_failed`, `items_invalid`, `inputs_failed`,
   * `interrupted`, `batch_pending`, `batch_not_submitted`.
   */
  readonly reasons: string[];
  readonly hints: string[];
}

/**
 * Decides whether a run is complete and, when not, says for each cause what happened and what to
 * do: raise the budget, fix a file, check the endpoint, or resume. A run where some item has no
 * usable verdict is never complete. When a resume changed nothing (the same calls failed or stayed
 * invalid again), the hint stops suggesting the same resume and says what else to do. Pure.
 */
export function describeIncomplete(facts: IncompleteFacts): IncompleteReport {
  const reasons: string[] = [];
  const hints: string[] = [];
  const resume = `rubricate score --resume ${facts.dir}`;
  const failed = facts.records.filter((r) => r.outcome === 'failed');
  const invalid = facts.records.filter((r) => r.outcome === 'invalid');
  const stops = new Set(facts.stops);

  if (facts.failedInputs.length > 0) {
    reasons.push('inputs_failed');
    const shown = facts.failedInputs.slice(0, 3).map((f) => f.path);
    const more = facts.failedInputs.length > 3 ? ` and ${facts.failedInputs.length - 3} more` : '';
    hints.push(
      `${facts.failedInputs.length} transcript file(s) could not be read (${shown.join(', ')}${more}; the reasons are above and in run.json): fix them, then \`${resume}\`.`,
    );
  }
  if (stops.has('budget_reached')) {
    reasons.push('budget_reached');
    const limit = facts.budgetUsd ?? 0;
    hints.push(
      `the --budget-usd limit ($${limit.toFixed(2)}) was reached after $${facts.spentUsd.toFixed(4)}: raise it to finish, e.g. \`${resume} --budget-usd ${suggestBudget(limit)}\`.`,
    );
  }
  if (stops.has('circuit_open')) {
    reasons.push('circuit_open');
    hints.push(`${describeEndpointTrouble(failed, facts.causes ?? [], facts.host)} Then \`${resume}\`.`);
  }
  if (stops.has('interrupted')) {
    reasons.push('interrupted');
    hints.push(`the run was interrupted; what finished is saved: \`${resume}\` continues it.`);
  }
  if (stops.has('batch_pending')) {
    reasons.push('batch_pending');
    const ids = facts.batch?.pendingBatchIds ?? [];
    const trouble = facts.batch?.problems[0];
    hints.push(
      `${ids.length === 1 ? 'an OpenAI batch is' : `${ids.length} OpenAI batches are`} still running (${ids.join(', ')})${trouble === undefined ? '' : `; ${trouble}`}: \`${resume}\` collects the results when they are done (nothing is uploaded or paid for twice).`,
    );
  }
  if (stops.has('batch_not_submitted')) {
    reasons.push('batch_not_submitted');
    const trouble = facts.batch?.problems[0] ?? 'the upload or the batch was refused';
    hints.push(
      `the batch could not be submitted (${trouble}): check that the endpoint offers the Batch API (/v1/files, /v1/batches), then \`${resume}\`; or \`${resume} --no-batch-api\` sends the rest online.`,
    );
  }
  const tooLong = failed.filter((r) => r.errorKind === 'answer_too_long');
  if (tooLong.length > 0) {
    reasons.push('answers_too_long');
    hints.push(
      `${tooLong.length} answer(s) are longer than --max-answer-tokens and were not sent (e.g. ${tooLong[0]?.error?.replace(/^answer_too_long: /, '')}): \`${resume} --max-answer-tokens N\` judges them.`,
    );
  }
  const callFailures = failed.filter((r) => r.errorKind !== 'answer_too_long');
  if (callFailures.length > 0) {
    reasons.push('items_failed');
    if (!stops.has('circuit_open')) {
      const repeated = callFailures.every((r) => facts.previouslyUnfinished.has(r.key));
      const first = callFailures[0]?.error ?? 'unknown error';
      hints.push(
        repeated
          ? `${callFailures.length} call(s) failed again after resuming (e.g. ${first}): resuming unchanged will not help; check the endpoint and the model (--model, --base-url), or settle these items in review.`
          : `${callFailures.length} call(s) failed after retries (e.g. ${first}): \`${resume}\` retries only those.`,
      );
    }
  }
  if (invalid.length > 0) {
    reasons.push('items_invalid');
    const repeated = invalid.every((r) => facts.previouslyUnfinished.has(r.key));
    hints.push(
      repeated
        ? `${invalid.length} call(s) still returned no valid verdict after resuming: the model keeps breaking the schema; try another --model or --structured-output mode, or decide these items in review (they are in the review queue).`
        : `${invalid.length} call(s) returned no valid verdict after a re-ask (the items are in the review queue): \`${resume}\` asks only those again.`,
    );
  }
  if (facts.itemsWithoutVerdict > 0 && reasons.length === 0) {
    // Every call is accounted for, yet some item has no verdict (e.g. its judge never ran).
    reasons.push('items_failed');
    hints.push(`${facts.itemsWithoutVerdict} item(s) have no usable verdict: \`${resume}\`.`);
  }
  return { status: reasons.length === 0 ? 'complete' : 'incomplete', reasons, hints };
}

/** A plain-language account of why the endpoint was given up on, with its host. */
function describeEndpointTrouble(
  failed: readonly CallRecord[],
  causes: readonly string[],
  host: string | null,
): string {
  const where = host === null ? 'the endpoint' : `the endpoint at ${host}`;
  const errors = [...causes, ...failed.map((r) => r.error ?? '')].filter(
    (e) => e !== '' && !/circuit breaker/i.test(e),
  );
  const sample = errors[0] ?? failed[0]?.error ?? 'repeated failures';
  if (/ECONNREFUSED|refused/i.test(sample))
    return `${where} refused connections (${sample}): is the server running, and is --base-url right?`;
  if (/ENOTFOUND|EAI_AGAIN|getaddrinfo/i.test(sample))
    return `${where} could not be found (${sample}): check --base-url and the network.`;
  if (/timeout|timed out/i.test(sample))
    return `${where} did not answer in time (${sample}): check it is up, or raise --timeout-ms.`;
  if (/\b40[13]\b/.test(sample)) return `${where} refused the API key (${sample}): check OPENAI_API_KEY.`;
  if (/\b404\b/.test(sample)) return `${where} does not know the model (${sample}): check --model.`;
  return `${where} kept failing (${sample}), so the circuit breaker stopped the calls: check it is up.`;
}

/** Double the limit, rounded up to a whole dollar (at least $1 more). */
function suggestBudget(limit: number): string {
  return String(Math.max(Math.ceil(limit * 2), Math.ceil(limit) + 1));
}
