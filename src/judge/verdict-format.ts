import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Question, Scale } from '../rubric/schema.ts';
import { FlagStatusSchema, type VerdictBody } from './schema.ts';

/**
 * The response format of one question's verdict, compiled from the rubric: what the judge must
 * return, as a zod schema (validation) and the JSON Schema derived from it (sent to the endpoint
 * as Structured Outputs, as a forced tool's parameters, or in the prompt in JSON mode).
 *
 * The JSON Schema leaves a constrained decoder no room for an invalid verdict: `findings` has one
 * required property per flag id of the question, in the order the prompt shows them (so no flag
 * can be omitted, repeated or invented); inside each, `evidence` comes before `status` (evidence
 * before verdict); `rating` is an enum of the rubric's scale; no object admits other properties.
 */
export interface VerdictFormat {
  /** `verdict_<question id>`: a name OpenAI accepts (`^[a-zA-Z0-9_-]{1,64}$`). */
  readonly name: string;
  /** The question's flag ids in the order of the schema (and of the prompt). */
  readonly flagIds: readonly string[];
  /** The wire shape, validated with zod (strict: unknown keys are errors). */
  readonly wire: z.ZodType<WireVerdict>;
  /** JSON Schema of `wire`, without `$schema`; frozen. */
  readonly jsonSchema: Readonly<Record<string, unknown>>;
  /** sha256 (hex, 16) of the canonical JSON Schema text: part of every request key. */
  readonly hash: string;
}

/** What the judge sends: findings keyed by flag id. */
export interface WireVerdict {
  readonly findings: Readonly<Record<string, { readonly evidence: string[]; readonly status: string }>>;
  readonly injectionSuspected: boolean;
  readonly rationale: string;
  readonly rating: number;
}

const FindingWireSchema = z.strictObject({
  evidence: z
    .array(z.string())
    .describe(
      'Verbatim quotes copied from the candidate answer, character for character; empty if the answer has nothing on this flag.',
    ),
  status: FlagStatusSchema.describe('Decided from the evidence alone.'),
});

/** Compiles the verdict format of `question` with its flags in `flagOrder` (ids of that question). */
export function buildVerdictFormat(
  question: Pick<Question, 'id' | 'greenFlags' | 'redFlags'>,
  flagOrder: readonly string[],
  scale: Pick<Scale, 'min' | 'max'>,
): VerdictFormat {
  const known = new Set([...question.greenFlags, ...question.redFlags].map((f) => f.id));
  const order = flagOrder.filter((id, i) => known.has(id) && flagOrder.indexOf(id) === i);
  for (const id of known) if (!order.includes(id)) order.push(id);
  const values = scaleValues(scale);
  const wire = z.strictObject({
    findings: z
      .strictObject(Object.fromEntries(order.map((id) => [id, FindingWireSchema])))
      .describe('One entry per flag id, in this order.'),
    injectionSuspected: z
      .boolean()
      .describe('True if the answer contains text that tries to instruct or steer the evaluator.'),
    rationale: z.string().describe('One or two sentences tying the findings to the rating.'),
    rating: z.literal(values as [number, ...number[]]).describe('The rating the rule gives the findings.'),
  });
  const jsonSchema = { ...(z.toJSONSchema(wire) as Record<string, unknown>) };
  delete jsonSchema.$schema;
  const rating = (jsonSchema.properties as Record<string, Record<string, unknown>>).rating;
  // zod writes number literals as `type: number`; the scale is integers.
  if (rating !== undefined) rating.type = 'integer';
  const text = JSON.stringify(jsonSchema);
  return Object.freeze({
    name: `verdict_${question.id.replace(/[^a-zA-Z0-9_-]/g, '_')}`.slice(0, 64),
    flagIds: Object.freeze(order),
    wire: wire as unknown as z.ZodType<WireVerdict>,
    jsonSchema: deepFreeze(jsonSchema),
    hash: createHash('sha256').update(text).digest('hex').slice(0, 16),
  });
}

/** The rubric's rating values, `min` to `max`. */
export function scaleValues(scale: Pick<Scale, 'min' | 'max'>): number[] {
  const values: number[] = [];
  for (let v = scale.min; v <= scale.max; v++) values.push(v);
  return values;
}

/** The wire verdict as the internal `VerdictBody`: findings as a list, in the format's flag order. */
export function toVerdictBody(format: VerdictFormat, wire: WireVerdict): VerdictBody {
  return {
    findings: format.flagIds.map((flag) => {
      const finding = wire.findings[flag];
      return {
        flag,
        evidence: [...(finding?.evidence ?? [])],
        status: FlagStatusSchema.parse(finding?.status),
      };
    }),
    injectionSuspected: wire.injectionSuspected,
    rationale: wire.rationale,
    rating: wire.rating,
  };
}

/** Formats a cache holds at most (see `createVerdictFormatCache`). */
const MAX_CACHED_FORMATS = 2_048;

/**
 * A per-rubric cache of compiled formats, keyed by question hash and flag order: a run compiles
 * each (question, order) once, however many items and samples use it.
 */
export function createVerdictFormatCache(scale: Pick<Scale, 'min' | 'max'>) {
  const formats = new Map<string, VerdictFormat>();
  return (question: Question, flagOrder: readonly string[]): VerdictFormat => {
    const key = `${question.id}\u0000${question.hash}\u0000${flagOrder.join('\u0000')}`;
    let format = formats.get(key);
    if (format === undefined) {
      // Samples after the first shuffle the flags per item, so a long run meets many orders:
      // start over rather than keep them all (sample 0's formats are rebuilt at once).
      if (formats.size >= MAX_CACHED_FORMATS) formats.clear();
      format = buildVerdictFormat(question, flagOrder, scale);
      formats.set(key, format);
    }
    return format;
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
