import type { Command } from 'commander';
import {
  checkFileSettings,
  findFileSettings,
  isTrustGiven,
  TRUST_ENV,
  usesRemoteJudge,
} from '../../config/check-trust.ts';
import type { CliIo } from '../cli-io.ts';
import type { ExitCode } from '../exit-codes.ts';
import { intAtLeast, positiveNumber } from '../parse-number.ts';
import { collectRubrics } from '../rubric-list.ts';

/** Flags whose value is configuration (also settable in the config file and environment). */
const CONFIG_FLAGS = [
  'rubric',
  'out',
  'judge',
  'model',
  'samples',
  'baseUrl',
  'concurrency',
  'rpm',
  'tpm',
  'maxRetries',
  'timeoutMs',
  'budgetUsd',
  'cacheDir',
  'cache',
  'redact',
  'format',
  'quiet',
  'logLevel',
  'temperature',
  'seed',
  'structuredOutput',
  'maxAnswerTokens',
  'maxFiles',
  'maxFileMb',
  'maxSegments',
  'batchApi',
] as const;

/** `rubricate score <transcripts…> --rubric FILE`: the batch scorer. */
export function registerScore(program: Command, io: CliIo, done: (code: ExitCode) => void): void {
  program
    .command('score')
    .description(
      'Score transcripts against a rubric and write a run directory (run.json, results.jsonl, summary.json, calls.jsonl, reports).',
    )
    .argument(
      '[transcripts...]',
      'transcript files, folders or globs (quote globs); not needed with --resume',
    )
    .option(
      '--rubric <file>',
      'the rubric (Markdown, YAML or JSON); repeat it or give a comma list to score against several rubrics, one run each',
      collectRubrics,
    )
    .option(
      '--out <dir>',
      'the run directory to create (default: runs/<timestamp>-<rubric id>); with several rubrics, the folder holding one run per rubric',
    )
    .option(
      '--judge <list>',
      'heuristic | openai | openai,heuristic (the heuristic then cross-checks). Default: openai when OPENAI_API_KEY is set, else heuristic',
    )
    .option('--model <list>', 'model name(s); several = a jury (default gpt-4o-mini)')
    .option('--samples <n>', 'samples per model (default 1); flags are shuffled per sample', intAtLeast(1))
    .option(
      '--base-url <url>',
      'any OpenAI-compatible endpoint (also OPENAI_BASE_URL): Azure, Ollama, vLLM, LM Studio, llama.cpp',
    )
    .option(
      '--concurrency <n>',
      'judge calls in flight at most (default 4; cut automatically on 429)',
      intAtLeast(1),
    )
    .option('--rpm <n>', 'client-side limit: requests per minute', intAtLeast(1))
    .option('--tpm <n>', 'client-side limit: tokens per minute (estimated before sending)', intAtLeast(1))
    .option(
      '--max-retries <n>',
      'retries per call for 408/409/429/5xx/timeouts/connection errors (default 4)',
      intAtLeast(0),
    )
    .option('--timeout-ms <n>', 'per-call timeout in milliseconds (default 60000)', intAtLeast(1))
    .option('--temperature <x>', 'sampling temperature, recorded per call (default 0)', positiveNumber(true))
    .option('--seed <n>', 'sampling seed sent to the model, recorded per call', intAtLeast(0))
    .option(
      '--structured-output <mode>',
      'auto | json_schema | tool_call | json_object: how the per-question verdict schema is sent (auto = json_schema, falling back to json_object, schema in the prompt, when the endpoint refuses it)',
    )
    .option('--max-files <n>', 'at most this many transcript files in one run (default 20000)', intAtLeast(1))
    .option(
      '--max-file-mb <n>',
      'a transcript file larger than this is refused before it is read (default 25)',
      positiveNumber(),
    )
    .option(
      '--max-segments <n>',
      'at most this many cues, lines, utterances or words per file (default 200000)',
      intAtLeast(1),
    )
    .option(
      '--max-answer-tokens <n>',
      'an answer longer than this is not sent to an LLM judge; the item fails naming the limit (default 20000)',
      intAtLeast(1),
    )
    .option(
      '--budget-usd <x>',
      'stop scheduling new calls once this much is spent; exit 3, resumable',
      positiveNumber(),
    )
    .option(
      '--batch-api',
      'send the OpenAI judge calls through the Batch API (upload, batch, poll, collect) at batch prices; results within 24h',
    )
    .option(
      '--no-batch-api',
      'with --resume: send what is left online (batches in flight are still collected)',
    )
    .option('--dry-run', 'call no judge: parse, align, count tokens and print the estimated cost')
    .option(
      '--resume <dir>',
      'continue an interrupted run from its own journal; completed calls are never repeated',
    )
    .option('--cache-dir <dir>', 'the response cache shared across runs (default: ~/.cache/rubricate)')
    .option(
      '--no-cache',
      'neither read nor write the shared cache (the run journal still makes --resume work)',
    )
    .option('--no-redact', 'send names, emails and phone numbers to remote judges unredacted')
    .option('--format <list>', 'reports to write: md,html,json,csv,junit (default md,html,json)')
    .option('--quiet', 'print only errors and the final status line')
    .option(
      '--log-level <level>',
      'trace | debug | info | warn | error | silent (default info; the log file is in the run directory)',
    )
    .option(
      '--config <file>',
      'config file (default: rubricate.config.{yaml,yml,json} in the working directory)',
    )
    .option(
      '--trust-config',
      `accept \`baseUrl\` or \`redact: false\` from the config file (also ${TRUST_ENV}=1); otherwise refused`,
    )
    .action(async (patterns: string[], options: Record<string, unknown>, command: Command) => {
      const { loadConfigFile } = await import('../config/load-config-file.ts');
      const { resolveConfig } = await import('../config/resolve-config.ts');
      const { runScore } = await import('../score/run-score.ts');
      const { listRubrics, scoreRubrics } = await import('../score/score-rubrics.ts');
      const flags: Record<string, unknown> = {};
      for (const key of CONFIG_FLAGS) {
        if (command.getOptionValueSource(key) === 'cli') flags[key] = options[key];
      }
      const given = Array.isArray(flags.rubric) ? (flags.rubric as string[]) : undefined;
      if (given !== undefined) flags.rubric = given.length === 1 ? given[0] : given.join(',');
      const file = loadConfigFile(io.cwd, typeof options.config === 'string' ? options.config : undefined);
      const resolved = resolveConfig({ flags, env: io.env, file });
      // Before anything is read or sent: a file may not pick the endpoint or turn redaction off.
      if (usesRemoteJudge(resolved.config.judge, io.env)) {
        const trusted = isTrustGiven(options.trustConfig, io.env);
        for (const line of checkFileSettings(findFileSettings(resolved, file?.path), trusted)) {
          io.stderr(`${line}\n`);
        }
      }
      const resume = typeof options.resume === 'string' ? options.resume : null;
      const dryRun = options.dryRun === true;
      const rubrics = listRubrics(given, resolved.config.rubric);
      if (rubrics.length > 1) {
        done(await scoreRubrics({ patterns, rubrics, flags, file, dryRun, resume, io }));
        return;
      }
      done(await runScore({ patterns, resolved, dryRun, resume, io }));
    });
}
