/**
 * Version of the judge prompt templates; it enters every cache key, so a cached verdict is only
 * reused for the exact prompt that produced it. Bump rule: ANY change to a template in this folder
 * (system text, user text, flag line format, delimiters, shuffle or nonce derivation) bumps it,
 * `judge-v2` → `judge-v3`; the prompt tests pin the rendered text so a forgotten bump fails them.
 */
export const PROMPT_VERSION = 'judge-v5';
