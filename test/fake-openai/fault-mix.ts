import type { ChatRequestInfo } from './parse-chat-request.ts';
import { createPrng } from './prng.ts';
import type { FakePolicy, FakeReply } from './server.ts';

/** Probabilities (0..1, summing to ≤ 1) of each fault per request, plus latency and ratings. */
export interface FaultMix {
  readonly rateLimited?: number;
  readonly serverError?: number;
  readonly hang?: number;
  readonly malformed?: number;
  readonly schemaViolation?: number;
  /** Sent with 429s as `retry-after-ms`. */
  readonly retryAfterMs?: number;
  /** Sent with 429s as `retry-after` (seconds). */
  readonly retryAfterSeconds?: number;
  /** Uniform latency range in ms for answered requests. */
  readonly latencyMs?: readonly [number, number];
  /** Pins the rating of generated verdicts (default: random, like the rest of the verdict). */
  readonly rate?: (info: ChatRequestInfo) => number;
}

/** Output that is not JSON at all (cut mid-object). */
export const MALFORMED_CONTENT = '{"findings": {"zz.g1": {"evidence": ["';
/** JSON that parses but breaks the schema (rating out of range, status not in the enum, a made-up flag). */
export const SCHEMA_VIOLATING_CONTENT = JSON.stringify({
  findings: { 'zz.g1': { evidence: [], status: 'maybe' } },
  injectionSuspected: false,
  rationale: 'x',
  rating: 7,
});

/** A policy drawing each request's fate from a seeded PRNG, so a run replays identically. */
export function faultMixPolicy(mix: FaultMix, seed: number): FakePolicy {
  const random = createPrng(seed);
  return ({ info }) => {
    const [min, max] = mix.latencyMs ?? [0, 0];
    const latencyMs = Math.round(min + random() * (max - min));
    const bands: Array<[number, () => FakeReply]> = [
      [mix.rateLimited ?? 0, () => ({ kind: 'error', status: 429, headers: retryHeaders(mix), latencyMs })],
      [mix.serverError ?? 0, () => ({ kind: 'error', status: random() < 0.5 ? 500 : 503, latencyMs })],
      [mix.hang ?? 0, () => ({ kind: 'hang' })],
      [mix.malformed ?? 0, () => ({ kind: 'content', content: MALFORMED_CONTENT, latencyMs })],
      [mix.schemaViolation ?? 0, () => ({ kind: 'content', content: SCHEMA_VIOLATING_CONTENT, latencyMs })],
    ];
    let draw = random();
    for (const [probability, reply] of bands) {
      if (draw < probability) return reply();
      draw -= probability;
    }
    const rating = mix.rate?.(info);
    return rating === undefined ? { kind: 'verdict', latencyMs } : { kind: 'verdict', rating, latencyMs };
  };
}

function retryHeaders(mix: FaultMix): Record<string, string> {
  return {
    ...(mix.retryAfterMs === undefined ? {} : { 'retry-after-ms': String(mix.retryAfterMs) }),
    ...(mix.retryAfterSeconds === undefined ? {} : { 'retry-after': String(mix.retryAfterSeconds) }),
  };
}
