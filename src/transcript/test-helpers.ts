import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { InputError } from '../errors.ts';
import { parseTranscript } from './parse-transcript.ts';
import type { Transcript } from './schema.ts';

/** Test helper: parses `text` as the file `path` (UTF-8). */
export function parseString(path: string, text: string, sidecar?: string): Promise<Transcript> {
  const bytes = new TextEncoder().encode(text);
  return parseTranscript(sidecar === undefined ? { path, bytes } : { path, bytes, sidecar });
}

/** Test helper: reads a file under `test/fixtures/transcripts/`. */
export function readFixture(name: string): Uint8Array {
  return readFileSync(new URL(`../../test/fixtures/transcripts/${name}`, import.meta.url));
}

/** Test helper: asserts that `promise` rejects with an `InputError` at `line` whose detail matches. */
export async function expectInputError(
  promise: Promise<unknown>,
  file: string,
  line: number | undefined,
  detail: RegExp,
): Promise<InputError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  const input = error as InputError;
  expect({ code: input.code, file: input.file, line: input.line }).toEqual({
    code: 'transcript_invalid',
    file,
    line,
  });
  expect(input.detail).toMatch(detail);
  return input;
}
