import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { cli, ROOT, tempDir } from '../cli/run-cli.ts';
import { TEST_API_KEY } from '../fake-openai/setup-judge.ts';

export { TEST_API_KEY };
export const RUBRIC = join(ROOT, 'rubrics/interview-rubric.md');
export const TRANSCRIPTS = join(ROOT, 'transcripts');

/** A working directory with a config file that keeps retries and breaker waits short for tests. */
export function workDir(config: Record<string, unknown> = {}): string {
  const dir = tempDir('rubricate-llm-');
  const base = {
    retryBaseMs: 10,
    retryMaxMs: 200,
    breakerHalfOpenMs: 200,
    timeoutMs: 1500,
    cacheDir: join(dir, 'cache'),
  };
  writeFileSync(join(dir, 'rubricate.config.yaml'), stringify({ ...base, ...config }));
  return dir;
}

/** Runs `score` in-process against the fake server, with the test API key in the environment. */
export function scoreWith(baseUrl: string, dir: string, args: readonly string[]) {
  return cli(['score', ...args], {
    cwd: dir,
    env: { OPENAI_API_KEY: TEST_API_KEY, OPENAI_BASE_URL: baseUrl },
  });
}

export function readJsonl<T = Record<string, unknown>>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

export function readJson<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Every file under `dir`, recursively, as text. */
export function allFileTexts(dir: string): Array<{ file: string; text: string }> {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const file = join(e.parentPath, e.name);
      return { file, text: readFileSync(file, 'utf8') };
    });
}
