/**
 * `tokens.ratioToNaive` and `tokens.cacheableShare` from what the CLI really sent (the fake
 * server's log of request messages), counted with the o200k tokenizer in OpenAI's chat format.
 *
 * - naive: the same requests with the answer replaced by the whole transcript (every turn as
 *   `Speaker: text`), which is what a tool that does not align answers sends with each question;
 * - cacheable: the tokens of the prefix every request shares (the system message), as a share of
 *   all input tokens; a provider's prompt cache can only reuse an identical prefix.
 */
import { readFileSync } from 'node:fs';
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { readTranscript } from '../../src/io/read-transcript.ts';

type Message = { role: string; content: string };
const PER_MESSAGE = 4;
const PRIMING = 3;
const AS_TEXT = { disallowedSpecial: new Set<string>() };
const tokens = (text: string): number => countTokens(text, AS_TEXT);

export interface TokenFigures {
  readonly ratioToNaive: number;
  readonly cacheableShare: number;
  readonly requests: number;
  readonly inputTokens: number;
  readonly naiveTokens: number;
  readonly sharedPrefixTokens: number;
}

/**
 * `bodiesFile`: one JSON array of messages per request. `runDir`: the run that sent them (its
 * `calls.jsonl` says how many calls each transcript had, `results.jsonl` where each one lives).
 */
export async function measureTokens(bodiesFile: string, runDir: string): Promise<TokenFigures> {
  const bodies = lines(bodiesFile).map((l) => JSON.parse(l) as Message[]);
  const systems = new Map<string, number>();
  for (const body of bodies) {
    const system = body.find((m) => m.role === 'system')?.content ?? '';
    systems.set(system, (systems.get(system) ?? 0) + 1);
  }
  const [shared] = [...systems.entries()].sort((a, b) => b[1] - a[1])[0] ?? [''];
  const sharedTokens = PRIMING + PER_MESSAGE + tokens(shared);

  let input = 0;
  let answers = 0;
  let prefix = 0;
  for (const body of bodies) {
    input += body.reduce((n, m) => n + PER_MESSAGE + tokens(m.content), PRIMING);
    const user = body.find((m) => m.role === 'user')?.content ?? '';
    const answer = /<answer-([^>\s]+)>\n([\s\S]*?)\n<\/answer-\1>/.exec(user)?.[2] ?? '';
    answers += tokens(answer);
    if ((body[0]?.role === 'system' ? body[0].content : null) === shared) prefix += sharedTokens;
  }

  // Calls per transcript (cache hits sent nothing), and each transcript's whole text.
  const calls = new Map<string, number>();
  for (const line of lines(`${runDir}/calls.jsonl`)) {
    const record = JSON.parse(line) as { itemKey: string; outcome: string; attempts: number };
    if (record.outcome === 'cache_hit' || record.attempts === 0) continue;
    const id = record.itemKey.slice(0, record.itemKey.lastIndexOf('#'));
    calls.set(id, (calls.get(id) ?? 0) + 1);
  }
  const paths = new Map<string, string>();
  for (const line of lines(`${runDir}/results.jsonl`)) {
    const item = JSON.parse(line) as { transcript: string; transcriptPath: string };
    paths.set(item.transcript, item.transcriptPath);
  }
  let whole = 0;
  for (const [id, count] of calls) {
    const path = paths.get(id);
    if (path === undefined) throw new Error(`no transcript path for ${id}`);
    const transcript = await readTranscript(path, '/');
    whole += count * tokens(transcript.turns.map((t) => `${t.speaker}: ${t.text}`).join('\n'));
  }
  const naive = input - answers + whole;
  return {
    ratioToNaive: input / naive,
    cacheableShare: prefix / input,
    requests: bodies.length,
    inputTokens: input,
    naiveTokens: naive,
    sharedPrefixTokens: sharedTokens,
  };
}

function lines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
}
