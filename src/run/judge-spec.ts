import type { JudgeModel, JudgeRequest } from '../judge/schema.ts';

/** One judge as configured for a run: a panel member (rates) or a cross-check (compared only). */
export interface JudgeSpec {
  readonly judge: JudgeModel;
  readonly role: 'panel' | 'crosscheck';
  readonly samples: number;
  /** `openai` or `heuristic`: part of every cache key, with the parameters below. */
  readonly endpointKind: string;
  /** Whether the judge sends the answer off this machine (then PII is redacted first). */
  readonly remote: boolean;
  /** Everything besides the messages that changes a response: temperature, seed, base URL host… */
  readonly params: Readonly<Record<string, string | number | boolean | null>>;
  /** The journal and cache key of a request to this judge (the judge's own, when it has one). */
  readonly keyOf: (request: JudgeRequest) => string;
}
