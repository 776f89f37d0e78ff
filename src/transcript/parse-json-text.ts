import { findNodeAtLocation, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { z } from 'zod';
import { InputError } from '../errors.ts';
import { describeIssue } from './describe-issue.ts';

const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** `CloseBraceExpected` → `close brace expected`. */
const humanize = (code: string): string => code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/**
 * `JSON.parse`, with syntax errors turned into `InputError`s that name the line. Node's own
 * messages often give no position, so the error is located with jsonc-parser (VS Code's JSON
 * scanner) in strict mode: no comments, no trailing commas.
 */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const message = cause instanceof Error ? cause.message : String(cause);
    const position = Number(/at position (\d+)/.exec(message)?.[1] ?? 0);
    const offset = first?.offset ?? position;
    const got = text.slice(offset, offset + 20).split('\n')[0] ?? '';
    const what = first ? humanize(printParseErrorCode(first.error)) : message.slice(0, 100);
    const shown = got === '' ? 'the end of the file' : `\`${got}\``;
    throw new InputError(
      'transcript_invalid',
      file,
      lineAt(text, offset),
      `expected valid JSON (${what}), got ${shown}`,
      {
        cause,
      },
    );
  }
}

/** The 1-based line of the deepest node on `path` that exists in the JSON text. */
function locateJsonPath(text: string, path: readonly PropertyKey[]): number | undefined {
  const root = parseTree(text);
  if (!root) return undefined;
  const keys = path.filter((key): key is string | number => typeof key !== 'symbol');
  for (let depth = keys.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(root, keys.slice(0, depth));
    if (node) return lineAt(text, node.offset);
  }
  return undefined;
}

/**
 * Validates parsed JSON against a zod schema; the first issue becomes an `InputError` naming the
 * JSON path (`turns[3].text`) and its line, e.g. "expected native transcript JSON; turns[3].text: …".
 */
export function validateJson<T>(
  schema: z.ZodType<T>,
  value: unknown,
  text: string,
  file: string,
  what: string,
): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const line = issue ? locateJsonPath(text, issue.path) : undefined;
  const detail = issue ? describeIssue(issue) : 'invalid';
  throw new InputError('transcript_invalid', file, line, `expected ${what}; ${detail}`);
}

/** Locates a path in JSON text, for validators outside zod (metadata). */
export function jsonLocator(text: string): (path: readonly PropertyKey[]) => number | undefined {
  return (path) => locateJsonPath(text, path);
}
