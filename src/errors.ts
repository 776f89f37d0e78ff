/**
 * A shallow error hierarchy: every error the user can cause carries a code, and where it
 * points at a file, the file and line. Expected per-item failures are values, not these.
 */
export type ErrorCode =
  | 'usage'
  | 'rubric_invalid'
  | 'transcript_invalid'
  | 'config_invalid'
  | 'run_invalid'
  | 'io'
  | 'internal';

/** Base class for errors rubricate raises on purpose. */
export class RubricateError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RubricateError';
    this.code = code;
  }
}

/** Bad input at a known place: `file:line: message`. Exit code 2. */
export class InputError extends RubricateError {
  readonly file: string;
  readonly line: number | undefined;
  readonly detail: string;
  constructor(
    code: ErrorCode,
    file: string,
    line: number | undefined,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(code, `${line === undefined ? file : `${file}:${line}`}: ${detail}`, options);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
    this.detail = detail;
  }
}

/** Bad command-line usage or configuration. Exit code 2. */
export class UsageError extends RubricateError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('usage', message, options);
    this.name = 'UsageError';
  }
}
