import type { Diagnostic } from './schema.ts';

const lineAt = (text: string, index: number): number => text.slice(0, index).split('\n').length;

/**
 * Rejects what is not a text rubric before any parser sees it: an empty file, binary data (NUL
 * bytes) or text decoded from invalid UTF-8 (U+FFFD replacement characters).
 */
export function checkRubricText(input: { path: string; text: string }): Diagnostic | null {
  const { path: file, text } = input;
  if (text.trim() === '') {
    return {
      severity: 'error',
      file,
      line: 1,
      message: 'expected a rubric (Markdown, YAML or JSON), got an empty file',
    };
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    return {
      severity: 'error',
      file,
      line: lineAt(text, nul),
      message: 'expected UTF-8 text, got binary data (a NUL byte)',
    };
  }
  const bad = text.indexOf('\uFFFD');
  if (bad !== -1) {
    return {
      severity: 'error',
      file,
      line: lineAt(text, bad),
      message: 'expected UTF-8 text, got invalid UTF-8 (a U+FFFD replacement character)',
    };
  }
  return null;
}

/**
 * Decodes a rubric file's bytes strictly as UTF-8 (a leading BOM is dropped), so invalid bytes
 * become a diagnostic instead of silently turning into U+FFFD.
 */
export function decodeRubricBytes(
  path: string,
  bytes: Uint8Array,
): { text: string | null; diagnostics: Diagnostic[] } {
  if (bytes.includes(0)) {
    const at = bytes.indexOf(0);
    const line = bytes.subarray(0, at).filter((b) => b === 10).length + 1;
    return {
      text: null,
      diagnostics: [
        { severity: 'error', file: path, line, message: 'expected UTF-8 text, got binary data (a NUL byte)' },
      ],
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), diagnostics: [] };
  } catch {
    return {
      text: null,
      diagnostics: [
        {
          severity: 'error',
          file: path,
          line: 1,
          message: 'expected UTF-8 text, got bytes that are not valid UTF-8',
        },
      ],
    };
  }
}
