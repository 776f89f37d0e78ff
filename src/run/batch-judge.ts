import type { ChatCallResult } from '../judge/openai/client.ts';
import type { JudgeVerdict } from '../judge/schema.ts';
import type { CallTrace } from './execute-jobs.ts';
import type { JudgeJob } from './plan-jobs.ts';

/** What the Batch API stage needs from a remote judge, per job. */
export interface BatchJudge {
  /** True when the online path would make no request for this job (an answer over the limit). */
  readonly refuses: (job: JudgeJob) => boolean;
  /** The chat completion body the online call would send: the batch line's `body`. */
  readonly body: (job: JudgeJob) => Readonly<Record<string, unknown>>;
  /** The estimated cost of the job at batch prices, for `--budget-usd`. */
  readonly estimateUsd: (job: JudgeJob) => number;
  /** Takes a batch line's reply through the judge's validation (one online repair re-ask if invalid). */
  readonly settle: (
    job: JudgeJob,
    reply: ChatCallResult,
  ) => Promise<{ verdict: JudgeVerdict; trace: CallTrace }>;
}
