import { createHmac } from 'node:crypto';

/** Separates this use of the cache secret from any other HMAC made with it. */
const LABEL = 'rubricate/run-key/v1';

/**
 * The key a run derives its answer-delimiter nonces from: HMAC-SHA256(cache secret, label ·
 * scope), hex. `scope` names what the run asks (the rubric version and the prompt version), so
 * every run of the same rubric and prompt derives the same key, sends byte-identical prompts
 * and shares the response cache, while the run directory stores only this key: HMAC is one-way,
 * so a leaked run key predicts the delimiters of that rubric version only, never the cache
 * secret or another rubric's.
 */
export function deriveRunKey(cacheSecret: string, scope: readonly string[]): string {
  return createHmac('sha256', cacheSecret)
    .update([LABEL, ...scope].join('\u0000'))
    .digest('hex');
}
