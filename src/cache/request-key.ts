import { createHash } from 'node:crypto';
import type { ChatMessage } from '../judge/schema.ts';
import { canonicalJson } from './canonical-json.ts';

/** Bumped when the key's inputs change meaning, so old cache entries stop matching. */
const KEY_VERSION = 2;

/** Everything that decides what a judge call returns. */
export interface RequestKeyParts {
  /** e.g. `openai`, `azure`, `local`, `other` (see `classifyEndpoint`). */
  readonly endpointKind: string;
  /** Host (and port) of a custom base URL; omitted for the default endpoint. */
  readonly baseUrlHost?: string;
  readonly model: string;
  /** Sampling parameters, e.g. `{ temperature, seed }`. */
  readonly params: Readonly<Record<string, unknown>>;
  readonly promptVersion: string;
  readonly messages: readonly ChatMessage[];
  readonly sample: number;
  /** Hash of the verdict's JSON Schema (remote judges): a rubric change that alters it is a new request. */
  readonly schema?: string;
}

/**
 * sha256 (hex) of the canonical JSON of the parts. The structured-output mode is deliberately not
 * part of it: falling back from json_schema to json_object must not change keys mid-run.
 */
export function requestKey(parts: RequestKeyParts): string {
  const canonical = canonicalJson({ v: KEY_VERSION, ...parts });
  return createHash('sha256').update(canonical).digest('hex');
}
