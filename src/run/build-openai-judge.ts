import type { CallRecord } from '../cache/call-record.ts';
import type { Config } from '../config/schema.ts';
import { classifyEndpoint, endpointHost } from '../cost/classify-endpoint.ts';
import { costOfUsage, type PriceTier } from '../cost/cost-of-usage.ts';
import { createTokenCounter, expectedOutputTokens } from '../cost/count-tokens.ts';
import type { PriceTable } from '../cost/price-table.ts';
import type { Deps } from '../deps.ts';
import { createOpenAIJudge } from '../judge/openai/create-openai-judge.ts';
import type { JudgeVerdict } from '../judge/schema.ts';
import { type CallError, isRetryableKind } from '../resilience/call-error.ts';
import type { Cooldown } from '../resilience/cooldown.ts';
import { createResiliencePolicy } from '../resilience/create-resilience-policy.ts';
import { failedWithoutCall } from './call-records.ts';
import { type CallTrace, type RunnableJudge, SINGLE_ATTEMPT } from './execute-jobs.ts';
import type { JudgeSpec } from './judge-spec.ts';
import type { JudgeJob } from './plan-jobs.ts';

/**
 * One OpenAI-compatible jury member with its own resilience policy (limits and breaker per model,
 * as providers limit per model) and breaker watch; the 429 cooldown is shared by the endpoint.
 */
export function buildOpenAIJudge(args: {
  model: string;
  apiKey: string;
  config: Config;
  deps: Deps;
  cooldown: Cooldown;
  prices: PriceTable;
  /** The run's one HTTP client, sized to `--concurrency`. */
  fetch: typeof globalThis.fetch;
}): {
  spec: JudgeSpec;
  runnable: RunnableJudge;
} {
  const { config, deps } = args;
  const notice = firstFailureNotice(`openai:${args.model}`, config.baseUrl, deps);
  // The breaker's own "circuit open" hides why it opened; keep the last real cause for the hint.
  let lastCause: string | null = null;
  const policy = createResiliencePolicy(
    {
      concurrency: config.concurrency,
      ...(config.rpm === undefined ? {} : { rpm: config.rpm }),
      ...(config.tpm === undefined ? {} : { tpm: config.tpm }),
      maxRetries: config.maxRetries,
      timeoutMs: config.timeoutMs,
      breaker: { threshold: config.breakerThreshold, halfOpenAfterMs: config.breakerHalfOpenMs },
      backoff: { baseDelayMs: config.retryBaseMs, maxDelayMs: config.retryMaxMs },
      cooldown: args.cooldown,
      onAttemptError: (error) => {
        notice(error);
        if (error.kind !== 'circuit_open') lastCause = `${error.kind}: ${error.message}`;
      },
    },
    deps,
  );
  const traces = new Map<string, CallRecord>();
  const judge = createOpenAIJudge(
    {
      model: args.model,
      apiKey: args.apiKey,
      ...(config.baseUrl === undefined ? {} : { baseUrl: config.baseUrl }),
      temperature: config.temperature,
      ...(config.seed === undefined ? {} : { seed: config.seed }),
      ...(config.structuredOutput === 'auto' ? {} : { structuredOutput: config.structuredOutput }),
      policy,
      fetch: args.fetch,
      onCall: (record) => traces.set(`${record.key}#${record.sample}`, record),
    },
    deps,
  );
  const watch = createBreakerWatch(config.breakerHalfOpenMs, deps);
  const countAnswer = createTokenCounter();
  const spec: JudgeSpec = {
    judge,
    role: 'panel',
    samples: config.samples,
    endpointKind: classifyEndpoint(config.baseUrl),
    remote: true,
    params: {
      temperature: config.temperature,
      seed: config.seed ?? null,
      host: endpointHost(config.baseUrl) ?? null,
    },
    keyOf: (request) => judge.requestKey(request),
  };
  const runnable: RunnableJudge = {
    // The interrupt signal only stops waiting for the breaker: a request in flight is allowed to
    // finish (bounded by --timeout-ms), so what was paid for is recorded.
    call: async (job, signal) => {
      const tooLong = answerTooLong(job, args.model, config.maxAnswerTokens, countAnswer);
      if (tooLong !== null) return tooLong;
      let trace: CallTrace | null = null;
      for (;;) {
        const verdict = await judge.judge(job.request);
        const record = traces.get(`${job.key}#${job.sample}`);
        traces.delete(`${job.key}#${job.sample}`);
        // Every round's requests count: a call that retried, then met the open circuit, sent them.
        trace = addTrace(trace, record === undefined ? SINGLE_ATTEMPT : traceOf(record));
        if (record?.errorKind !== 'circuit_open' || signal.aborted) {
          if (verdict.outcome === 'ok') watch.succeeded();
          return { verdict, trace };
        }
        // The breaker failed this call fast. Wait for its half-open probe unless the endpoint
        // has now been down for long enough to give up (then the run ends with exit 3).
        if (watch.givenUp()) return { verdict, trace };
        await deps.sleep(Math.max(50, config.breakerHalfOpenMs / 2), signal).catch(() => undefined);
      }
    },
    circuitOpen: () => policy.state().open && watch.givenUp(),
    estimateUsd: estimator(args.model, args.prices, config),
    lastCause: () => lastCause,
    batch: {
      refuses: (job) => answerTooLong(job, args.model, config.maxAnswerTokens, countAnswer) !== null,
      body: (job) => judge.chatBody(job.request),
      estimateUsd: estimator(args.model, args.prices, config, 'batch'),
      settle: async (job, reply) => {
        const verdict = await judge.judgeReply(job.request, reply);
        const record = traces.get(`${job.key}#${job.sample}`);
        traces.delete(`${job.key}#${job.sample}`);
        if (verdict.outcome === 'ok') watch.succeeded();
        return { verdict, trace: record === undefined ? SINGLE_ATTEMPT : traceOf(record) };
      },
    },
  };
  return { spec, runnable };
}

/**
 * A failed verdict, without any call, for an answer over `--max-answer-tokens` (a 5 MB answer
 * would be one enormous, costly request): the item goes to review naming the limit. Characters
 * bound tokens from above, so only answers longer than the limit in characters are counted.
 */
function answerTooLong(
  job: JudgeJob,
  model: string,
  limit: number,
  count: (messages: readonly { role: 'user'; content: string }[], model: string) => number,
): { verdict: JudgeVerdict; trace: CallTrace } | null {
  const answer = job.request.answer;
  if (answer.length <= limit) return null;
  const tokens = count([{ role: 'user', content: answer }], model);
  if (tokens <= limit) return null;
  return failedWithoutCall(
    job,
    'answer_too_long',
    `answer_too_long: the answer is about ${tokens.toLocaleString('en-US')} tokens, over --max-answer-tokens ${limit.toLocaleString('en-US')}; raise it to judge this item`,
  );
}

/**
 * Says the cause and the host of the first failure of each kind as it happens (on stderr through
 * the logger, and in run.log), so a dead or misconfigured endpoint is named at once rather than
 * after the retries and the breaker have run their course. Later ones of the same kind go to
 * run.log only (debug).
 */
function firstFailureNotice(judge: string, baseUrl: string | undefined, deps: Deps) {
  const seen = new Set<string>();
  const host = endpointHost(baseUrl) ?? 'api.openai.com';
  return (error: CallError): void => {
    const kind = `${error.kind}${error.status === undefined ? '' : ` ${error.status}`}`;
    if (seen.has(kind) || error.kind === 'circuit_open') return;
    seen.add(kind);
    const next = isRetryableKind(error.kind) ? 'retrying' : 'not retried';
    deps.logger.warn(
      { judge, host, kind: error.kind, status: error.status },
      `${judge} at ${host}: ${kind}: ${error.message} (${next}; later failures of this kind are counted in run.log)`,
    );
  };
}

/**
 * The cost of one call before it is made: the prompt's tokens (the shared system prompt counted
 * once) plus the expected output, at the model's price (online or batch). Unknown prices
 * estimate 0 (the budget check refuses unpriced models up front).
 */
function estimator(model: string, prices: PriceTable, config: Config, tier: PriceTier = 'online') {
  const countTokens = createTokenCounter();
  const endpoint = classifyEndpoint(config.baseUrl);
  const priced = endpoint === 'local' && model in config.prices ? 'other' : endpoint;
  return (job: JudgeJob): number => {
    const usage = {
      inputTokens: countTokens(job.request.prompt.messages, model),
      cachedInputTokens: 0,
      outputTokens: expectedOutputTokens(job.request.format.flagIds.length),
    };
    return costOfUsage(usage, model, prices, priced, tier).usd ?? 0;
  };
}

/** The attempt counters of the judge's own call record: what the runner's record needs from it. */
function traceOf(record: CallRecord): CallTrace {
  return {
    attempts: record.attempts,
    retries: record.retries,
    rateLimited: record.rateLimited,
    timeouts: record.timeouts,
    repairAttempted: record.repairAttempted,
    ...(record.errorKind === undefined ? {} : { errorKind: record.errorKind }),
    ...(record.responseFormat === undefined ? {} : { responseFormat: record.responseFormat }),
    ...(record.requestId === undefined ? {} : { requestId: record.requestId }),
  };
}

/** Two rounds of one call as one trace: counts add up, the latest error and ids win. */
function addTrace(total: CallTrace | null, next: CallTrace): CallTrace {
  if (total === null) return next;
  const attempts = total.attempts + next.attempts;
  return {
    ...total,
    ...next,
    attempts,
    retries: Math.max(0, attempts - 1),
    rateLimited: total.rateLimited + next.rateLimited,
    timeouts: total.timeouts + next.timeouts,
    repairAttempted: total.repairAttempted || next.repairAttempted,
  };
}

/**
 * Tracks how long a judge's circuit has stayed open without a success. An endpoint that has never
 * answered in this run is given up after one half-open period (its probe failed too); one that
 * worked before gets three, to ride out a short outage. Then the runner stops scheduling it.
 */
function createBreakerWatch(halfOpenMs: number, deps: Deps) {
  let failingSince: number | null = null;
  let everSucceeded = false;
  return {
    succeeded: () => {
      failingSince = null;
      everSucceeded = true;
    },
    givenUp: () => {
      const now = deps.now();
      failingSince ??= now;
      return now - failingSince >= (everSucceeded ? 3 : 1) * halfOpenMs;
    },
  };
}
