import type { z } from 'zod';
import { type VerdictBody, VerdictBodySchema } from '../schema.ts';

/** The result of checking a model's output: the body, or what is wrong with it. */
export type VerdictCheck =
  | { readonly ok: true; readonly body: VerdictBody }
  | { readonly ok: false; readonly error: string };

/** Validation messages are sent back to the model and stored; keep them short. */
const MAX_ERROR_LENGTH = 800;

/**
 * Parses and validates raw model output against `VerdictBodySchema`, then checks the findings
 * name exactly the question's flags, each once. Tolerates one surrounding Markdown code fence
 * (local models in JSON mode add one) and a byte-order mark; nothing else is repaired: leading
 * prose is an error (the judge re-asks once), a missing field is an error, never a default.
 */
export function validateVerdict(content: string | null, flagIds: readonly string[]): VerdictCheck {
  if (content === null || content.trim() === '') return fail('the response had no content');
  let json: unknown;
  try {
    json = JSON.parse(stripFence(content));
  } catch (error) {
    return fail(`the response is not valid JSON (${(error as Error).message})`);
  }
  const parsed = VerdictBodySchema.safeParse(json);
  if (!parsed.success) return fail(`the JSON does not match the schema: ${formatIssues(parsed.error)}`);
  const problems = checkFlags(parsed.data, flagIds);
  return problems.length === 0 ? { ok: true, body: parsed.data } : fail(problems.join('; '));
}

function checkFlags(body: VerdictBody, flagIds: readonly string[]): string[] {
  const expected = new Set(flagIds);
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const { flag } of body.findings) {
    if (!expected.has(flag)) problems.push(`unknown flag id "${flag}"`);
    else if (seen.has(flag)) problems.push(`flag "${flag}" appears more than once`);
    seen.add(flag);
  }
  const missing = flagIds.filter((id) => !seen.has(id));
  if (missing.length > 0) problems.push(`no finding for ${missing.map((id) => `"${id}"`).join(', ')}`);
  return problems;
}

/** One line per issue, `path: message`, joined: short enough to send back to the model. */
function formatIssues(error: z.ZodError): string {
  return error.issues
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
  const match = /^\s*```(?:json)?[ \t]*\r?\n?([\s\S]*?)\r?\n?\s*```\s*$/i.exec(text);
  const inner = match?.[1];
  return inner === undefined || inner.includes('```') ? text : inner;
}

function fail(error: string): VerdictCheck {
  const short = error.length > MAX_ERROR_LENGTH ? `${error.slice(0, MAX_ERROR_LENGTH)}…` : error;
  return { ok: false, error: short };
}
