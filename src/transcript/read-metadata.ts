import { isNode, LineCounter, parseDocument } from 'yaml';
import { InputError } from '../errors.ts';
import { describeIssue } from './describe-issue.ts';
import { type TranscriptMetadata, TranscriptMetadataSchema } from './schema.ts';

const EXPECTED_KEYS =
  'expected metadata keys such as candidate, interviewer, roles (speaker → interviewer|candidate), date, position, ratings';

/** Finds the 1-based line of a value inside the metadata source, when the source can tell. */
export type LocatePath = (path: readonly PropertyKey[]) => number | undefined;

/**
 * Validates raw metadata (from front matter, a JSON `metadata` object or a sidecar) against
 * `TranscriptMetadataSchema`. Absent metadata is `{}`; anything else that is not a mapping, or a
 * key of the wrong type, throws `InputError` at the offending line.
 */
export function validateMetadata(value: unknown, file: string, locate: LocatePath): TranscriptMetadata {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value) || value instanceof Date) {
    const got = Array.isArray(value) ? 'a list' : `\`${String(value).slice(0, 40)}\``;
    throw new InputError('transcript_invalid', file, locate([]), `${EXPECTED_KEYS} in a mapping; got ${got}`);
  }
  const parsed = TranscriptMetadataSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const detail = issue === undefined ? 'invalid metadata' : describeIssue(issue, 'metadata');
  throw new InputError(
    'transcript_invalid',
    file,
    issue && locate(issue.path),
    `${detail} (${EXPECTED_KEYS})`,
  );
}

/**
 * Parses YAML metadata (front matter, a WebVTT NOTE block or a sidecar file) whose first line is
 * line `firstLine` of `file`, and validates it. YAML syntax errors name their line.
 */
export function readYamlMetadata(source: string, file: string, firstLine: number): TranscriptMetadata {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number): number => firstLine - 1 + lineCounter.linePos(offset).line;
  const error = doc.errors[0];
  if (error) {
    const message = error.message.split('\n')[0] ?? 'invalid YAML';
    throw new InputError(
      'transcript_invalid',
      file,
      toFileLine(error.pos[0]),
      `expected YAML metadata; ${message}`,
    );
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    throw new InputError('transcript_invalid', file, firstLine, `expected YAML metadata; ${String(cause)}`, {
      cause,
    });
  }
  const locate: LocatePath = (path) => {
    const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
    const offset = isNode(node) ? node.range?.[0] : undefined;
    return typeof offset === 'number' ? toFileLine(offset) : firstLine;
  };
  return validateMetadata(value, file, locate);
}
