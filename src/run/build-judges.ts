import type { CallRecord } from '../cache/call-record.ts';
import { requestKey } from '../cache/request-key.ts';
import { createResponseCache, defaultCacheDir } from '../cache/response-cache.ts';
import type { Config } from '../config/schema.ts';
import { classifyEndpoint, endpointHost } from '../cost/classify-endpoint.ts';
import { costOfUsage } from '../cost/cost-of-usage.ts';
import { DEFAULT_PRICE_TABLE, mergePriceTables } from '../cost/price-table.ts';
import type { Deps } from '../deps.ts';
import { UsageError } from '../errors.ts';
import { resolvePath } from '../io/resolve-path.ts';
import type { JudgeModel, JudgeRequest } from '../judge/schema.ts';
import type { JudgeConfig } from '../report/schema.ts';
import type { Rubric } from '../rubric/schema.ts';
import { costOfRecord } from './cost-of-record.ts';
import { type RunnableJudge, SINGLE_ATTEMPT, type VerdictCache } from './execute-jobs.ts';
import type { JudgeSpec } from './judge-spec.ts';
import type { JudgeJob } from './plan-jobs.ts';

export interface BuiltJudges {
  readonly specs: JudgeSpec[];
  readonly config: JudgeConfig;
  readonly crossCheckNames: string[];
  readonly cache: VerdictCache | null;
  readonly runnableOf: (job: JudgeJob) => RunnableJudge;
  readonly costOf: (record: CallRecord) => number;
  readonly isRemote: (judgeName: string) => boolean;
  /** The estimated cost of a job's call, reserved against `--budget-usd` while it is in flight. */
  readonly estimateOf: (job: JudgeJob) => number;
  /** The custom endpoint's host (for messages), or null for the default endpoint / no LLM. */
  readonly host: string | null;
  /** Each remote judge's last real endpoint failure (not the breaker's), for the hints. */
  readonly causes: () => string[];
}

const KINDS = ['heuristic', 'openai'] as const;

/** The judge settings, validated: which kinds, which models, the API key when needed. */
export interface JudgeSettings {
  readonly kinds: ReadonlyArray<(typeof KINDS)[number]>;
  readonly models: readonly string[];
  readonly apiKey: string | null;
}

/**
 * Validates the judge settings before anything is written: the judge kinds, the API key for
 * `openai`, the model list, and a price for every model when a budget is set (a budget must not
 * treat an unknown price as free). Throws `UsageError` naming what is wrong.
 */
export function checkJudgeSettings(
  config: Config,
  env: Readonly<Record<string, string | undefined>>,
  notice: (message: string) => void,
): JudgeSettings {
  const apiKey = env.OPENAI_API_KEY;
  const kinds = parseJudgeKinds(config.judge, apiKey, notice);
  if (!kinds.includes('openai')) {
    if (config.batchApi)
      throw new UsageError('`--batch-api` sends OpenAI judge calls as a batch; it needs `--judge openai`.');
    return { kinds, models: [], apiKey: null };
  }
  if (!apiKey) {
    throw new UsageError(
      '`--judge openai` needs OPENAI_API_KEY in the environment (any value for local servers).',
    );
  }
  const models = [
    ...new Set(
      config.model
        .split(',')
        .map((m) => m.trim())
        .filter(Boolean),
    ),
  ];
  if (models.length === 0) {
    throw new UsageError(`Expected --model to name at least one model, got \`${config.model}\`.`);
  }
  const prices = mergePriceTables(DEFAULT_PRICE_TABLE, config.prices);
  const unpriced = models.filter(
    (m) => costOfUsage(ZERO_USAGE, m, prices, endpointOf(config, m)).usd === null,
  );
  if (config.budgetUsd !== undefined && unpriced.length > 0) {
    throw new UsageError(
      `--budget-usd needs a price for ${unpriced.map((m) => `\`${m}\``).join(', ')}: add it under \`prices:\` in the config file.`,
    );
  }
  return { kinds, models, apiKey };
}

/**
 * Builds the run's judges from checked settings: the panel (heuristic, or one OpenAI-compatible
 * judge per `--model`, each with its own resilience policy so one failing model does not stop
 * the others) and the heuristic cross-check when `--judge openai,heuristic`.
 */
export async function buildJudges(args: {
  settings: JudgeSettings;
  config: Config;
  rubric: Rubric;
  env: Readonly<Record<string, string | undefined>>;
  deps: Deps;
  cwd: string;
  homedir: string;
}): Promise<BuiltJudges> {
  const { config, env, deps } = args;
  const { kinds, models, apiKey } = args.settings;
  const usesOpenAI = kinds.includes('openai');
  const prices = mergePriceTables(DEFAULT_PRICE_TABLE, config.prices);
  const specs: JudgeSpec[] = [];
  const runnables = new Map<string, RunnableJudge>();

  if (usesOpenAI && apiKey !== null) {
    // Loaded only when needed: the SDK and the tokenizers take a noticeable time to import.
    const { buildOpenAIJudge } = await import('./build-openai-judge.ts');
    const { createCooldown } = await import('../resilience/cooldown.ts');
    const { createFetch } = await import('../judge/openai/create-fetch.ts');
    const cooldown = createCooldown(deps);
    // One HTTP agent for the run: a connection per call in flight, kept alive between calls.
    const { fetch } = createFetch({ connections: config.concurrency });
    for (const model of models) {
      const { spec, runnable } = buildOpenAIJudge({ model, apiKey, config, deps, cooldown, prices, fetch });
      specs.push(spec);
      runnables.set(spec.judge.name, runnable);
    }
  }
  if (kinds.includes('heuristic')) {
    // Loaded only when asked for: it reads answers with the injection detector, which an LLM-only
    // run loads in its worker threads alone.
    const { createHeuristicJudge } = await import('../judge/heuristic/create-heuristic-judge.ts');
    const judge = createHeuristicJudge({ rule: args.rubric.rule });
    specs.push({
      judge,
      role: usesOpenAI ? 'crosscheck' : 'panel',
      // The heuristic is deterministic: more samples would repeat the same verdict.
      samples: 1,
      endpointKind: 'heuristic',
      remote: false,
      params: {},
      keyOf: (request) => heuristicKey(judge, request),
    });
    runnables.set(judge.name, {
      call: async (job) => ({ verdict: await judge.judge(job.request), trace: SINGLE_ATTEMPT }),
      circuitOpen: () => false,
    });
  }

  const cacheDir = resolvePath(args.cwd, config.cacheDir ?? defaultCacheDir(env, args.homedir));
  const disk = usesOpenAI && config.cache ? createResponseCache(cacheDir) : null;
  const remoteNames = new Set(specs.filter((s) => s.remote).map((s) => s.judge.name));
  return {
    specs,
    config: {
      kind: kinds.join(','),
      models: specs.filter((s) => s.role === 'panel').map((s) => s.judge.model),
      samples: usesOpenAI ? config.samples : 1,
      temperature: usesOpenAI ? config.temperature : null,
      seed: usesOpenAI ? (config.seed ?? null) : null,
      baseUrl: usesOpenAI ? (config.baseUrl ?? null) : null,
      crossCheck: usesOpenAI && kinds.includes('heuristic'),
    },
    crossCheckNames: specs.filter((s) => s.role === 'crosscheck').map((s) => s.judge.name),
    cache:
      disk === null
        ? null
        : { get: (key) => disk.get(key) ?? null, put: (key, v) => void disk.put(key, v, deps.clock()) },
    runnableOf: (job) => {
      const runnable = runnables.get(job.spec.judge.name);
      if (runnable === undefined) throw new Error(`no runnable judge for ${job.spec.judge.name}`);
      return runnable;
    },
    // Unknown prices count as 0 here; the dry run and the log warn about them once.
    costOf: (record) =>
      remoteNames.has(record.judge) && record.outcome !== 'cache_hit'
        ? costOfRecord(record, prices, endpointOf(config, record.model))
        : 0,
    isRemote: (name) => remoteNames.has(name),
    estimateOf: (job) => runnables.get(job.spec.judge.name)?.estimateUsd?.(job) ?? 0,
    host: usesOpenAI ? (endpointHost(config.baseUrl) ?? null) : null,
    causes: () =>
      [...runnables.values()].map((r) => r.lastCause?.() ?? null).filter((c): c is string => c !== null),
  };
}

const ZERO_USAGE = Object.freeze({ inputTokens: 0, cachedInputTokens: 0, outputTokens: 0 });

/** A local endpoint is free, unless the user priced the model (e.g. a local proxy to a paid API). */
export function endpointOf(config: Config, model: string) {
  const endpoint = classifyEndpoint(config.baseUrl);
  return endpoint === 'local' && model in config.prices ? 'other' : endpoint;
}

function parseJudgeKinds(
  value: string | undefined,
  apiKey: string | undefined,
  notice: (message: string) => void,
): Array<(typeof KINDS)[number]> {
  if (value === undefined) {
    if (apiKey) return ['openai'];
    notice('rubricate: no OPENAI_API_KEY set: using the offline heuristic judge (--judge heuristic).');
    return ['heuristic'];
  }
  const kinds = [
    ...new Set(
      value
        .split(',')
        .map((k) => k.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  const bad = kinds.filter((k) => !(KINDS as readonly string[]).includes(k));
  if (kinds.length === 0 || bad.length > 0) {
    throw new UsageError(`Expected --judge to be heuristic, openai or openai,heuristic; got \`${value}\`.`);
  }
  return kinds as Array<(typeof KINDS)[number]>;
}

function heuristicKey(judge: JudgeModel, request: JudgeRequest): string {
  return requestKey({
    endpointKind: 'heuristic',
    model: judge.model,
    params: {},
    promptVersion: request.prompt.version,
    messages: request.prompt.messages,
    sample: request.sample,
  });
}
