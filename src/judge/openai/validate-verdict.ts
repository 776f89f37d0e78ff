import type { z } from 'zod';
import type { VerdictBody } from '../schema.ts';
import { toVerdictBody, type VerdictFormat } from '../verdict-format.ts';

/** The result of checking a model's output: the body, or what is wrong with it. */
export type VerdictCheck =
  | { readonly ok: true; readonly body: VerdictBody }
  | { readonly ok: false; readonly error: string };

/** Validation messages are sent back to the model and stored; keep them short. */
const MAX_ERROR_LENGTH = 800;

/**
 * Parses and validates raw model output against the question's verdict format: one finding per
 * flag id (no more, no fewer), each status in its enum, the rating on the rubric's scale, no
 * other keys. Tolerates one surrounding Markdown code fence (local models in JSON mode add one)
 * and a byte-order mark; nothing else is repaired: leading prose is an error (the judge re-asks
 * once), a missing field is an error, never a default.
 */
export function validateVerdict(content: string | null, format: VerdictFormat): VerdictCheck {
  if (content === null || content.trim() === '') return fail('the response had no content');
  let json: unknown;
  try {
    json = JSON.parse(stripFence(content));
  } catch (error) {
    return fail(`the response is not valid JSON (${(error as Error).message})`);
  }
  const parsed = format.wire.safeParse(json);
  if (!parsed.success) return fail(`the JSON does not match the schema: ${formatIssues(parsed.error)}`);
  return { ok: true, body: toVerdictBody(format, parsed.data) };
}

/** One line per issue, `path: message`, joined: short enough to send back to the model. */
function formatIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 12)
    .map((issue) => `${issue.path.length === 0 ? '(root)' : issue.path.join('.')}: ${issue.message}`)
    .join('; ');
}

/**
 * Unwraps exactly one fence around the whole output (with or without a `json` tag or newlines) and
 * drops a byte-order mark. Safe: the unwrapped text must still be one JSON object that passes the
 * schema. Prose before or after a fence is not unwrapped: the repair re-ask deals with it.
 */
function stripFence(content: string): string {
  const text = content.replace(/^\uFEFF/, '');
  const trimmed = text.trim();
  if (!trimmed.startsWith('```') || !trimmed.endsWith('```') || trimmed.length < 6) return text;
  // String operations, not one regex: model output is untrusted and may be long.
  let inner = trimmed.slice(3, -3);
  if (/^json\b/i.test(inner)) inner = inner.slice(4);
  return inner.includes('```') ? text : inner;
}

function fail(error: string): VerdictCheck {
  const short = error.length > MAX_ERROR_LENGTH ? `${error.slice(0, MAX_ERROR_LENGTH)}…` : error;
  return { ok: false, error: short };
}
