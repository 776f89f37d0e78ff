import { createRequire } from 'node:module';
import { modelToEncodingMap } from 'gpt-tokenizer/mapping';
import type { ChatMessage } from '../judge/schema.ts';

/** Expected output tokens of one verdict: a fixed part plus one finding per flag (a heuristic). */
export function expectedOutputTokens(flagCount: number): number {
  return 80 + 60 * flagCount;
}

/**
 * Special-token text (`<|im_end|>`, `<|endoftext|>`, …) in a message is ordinary text: it is what
 * a candidate said, and the API tokenises it as text too. gpt-tokenizer's default would throw.
 */
const AS_TEXT = { disallowedSpecial: new Set<string>() };

/** Per message `<|im_start|>role<|im_sep|>…<|im_end|>`, plus the reply's priming (OpenAI's cookbook). */
const PER_MESSAGE = 4;
const PRIMING = 3;

/** Message texts counted lately (the static system prompt recurs in every call): a small LRU. */
const MEMO_LIMIT = 256;
const MEMO_MIN_LENGTH = 256;

type Encoder = (text: string) => number;
type Encoding = { countTokens(text: string, options: typeof AS_TEXT): number };

/**
 * An encoding's tables are megabytes of JavaScript (a quarter of a second and tens of MB to
 * load), and most runs count no token at all (only `--tpm`, `--budget-usd`, `--dry-run` and
 * over-long answers do), so each is loaded on its first use, synchronously through `require`.
 */
const require = createRequire(import.meta.url);
const loaded = new Map<string, Encoding>();
function load(name: 'cl100k_base' | 'o200k_base'): Encoding {
  let encoding = loaded.get(name);
  if (encoding === undefined) {
    encoding = require(`gpt-tokenizer/cjs/encoding/${name}`) as Encoding;
    loaded.set(name, encoding);
  }
  return encoding;
}

function encoderFor(model: string): { name: string; count: Encoder } {
  const encoding = (modelToEncodingMap as Record<string, string | undefined>)[model];
  // Unknown models (local ones, new ones) are counted as o200k (gpt-4o): an estimate, good
  // enough for limits and budgets.
  if (encoding === 'cl100k_base')
    return { name: 'cl100k', count: (t) => load('cl100k_base').countTokens(t, AS_TEXT) };
  return { name: 'o200k', count: (t) => load('o200k_base').countTokens(t, AS_TEXT) };
}

/**
 * Counts prompt tokens of chat requests with the model's encoding. Long message texts seen before
 * (the system prompt, identical in every call of a rubric) are counted once and remembered, so
 * the per-call cost is the answer's share. Each counter owns its memo (no module state).
 */
export function createTokenCounter(): (messages: readonly ChatMessage[], model: string) => number {
  const memo = new Map<string, number>();
  const countText = (encoder: { name: string; count: Encoder }, text: string): number => {
    if (text.length < MEMO_MIN_LENGTH) return encoder.count(text);
    const key = `${encoder.name}\u0000${text}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const counted = encoder.count(text);
    if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value as string);
    memo.set(key, counted);
    return counted;
  };
  return (messages, model) => {
    const encoder = encoderFor(model);
    let total = PRIMING;
    for (const message of messages) total += PER_MESSAGE + countText(encoder, message.content);
    return total;
  };
}

/**
 * Prompt tokens of one chat request (no memo): OpenAI's chat format with the model's encoding,
 * special-token text counted as text. Use `createTokenCounter` where many calls share a prefix.
 */
export function countTokens(messages: readonly ChatMessage[], model: string): number {
  const encoder = encoderFor(model);
  return messages.reduce((sum, m) => sum + PER_MESSAGE + encoder.count(m.content), PRIMING);
}
