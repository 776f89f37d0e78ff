import { InputError } from '../errors.ts';
import type { WarningLog } from './reader-warnings.ts';

/** The one wording for "this is not a transcript", so every such error reads the same. */
export const EXPECTED_TRANSCRIPT =
  'expected `Speaker: text` lines, speaker header lines with the text below (`Name  0:00`, `[Name] 00:00:00`, `Name (00:00):`), a WebVTT header, SRT cues or transcript JSON';

const BOMS: readonly { readonly bytes: readonly number[]; readonly encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** How much of the file the encoding and binary checks look at. */
const SAMPLE = 4096;

/** 1-based line of a character offset in text (LF line ends). */
function lineOfChar(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function binaryError(file: string, line: number, why: string): InputError {
  return new InputError('transcript_invalid', file, line, `${EXPECTED_TRANSCRIPT}; got binary data (${why})`);
}

/**
 * UTF-16 without a byte-order mark, told by its NUL bytes: ASCII-range text in UTF-16 has a NUL
 * in every other byte. `undefined` when the bytes do not look like that (a stray NUL in UTF-8 is
 * not UTF-16).
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 8) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.4 && evenNul <= pairs * 0.05) return 'utf-16le';
  if (evenNul >= pairs * 0.4 && oddNul <= pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Decodes strictly; `undefined` when the bytes are not valid in `encoding`. */
function decodeStrict(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Bytes that are not valid UTF-8. Text with valid multi-byte sequences and a few bad ones is
 * damaged UTF-8: read it with U+FFFD for the bad bytes. Text with no valid multi-byte sequence is
 * a legacy single-byte file, most often Windows-1252 (a superset of Latin-1 for text): read it so.
 */
function decodeNotUtf8(bytes: Uint8Array, log: WarningLog): string {
  const lossy = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let bad = 0;
  let wide = 0;
  for (const char of lossy) {
    if (char === '\ufffd') bad++;
    else if (char.charCodeAt(0) > 0x7f) wide++;
  }
  const first = lineOfChar(lossy.replace(/\r\n?/g, '\n'), lossy.indexOf('\ufffd'));
  if (wide > 0 && wide >= bad) {
    log.add(first, `${bad} byte sequence(s) are not valid UTF-8 (first on this line); read as U+FFFD`);
    return lossy;
  }
  log.add(
    first,
    'the file is not valid UTF-8 (first bad byte on this line); read as Windows-1252 (cp1252), a guess: save it as UTF-8 to be sure',
  );
  return decodeWindows1252(bytes);
}

/**
 * Windows-1252's 0x80–0x9F: curly quotes, dashes, € and the like where Latin-1 has C1 controls.
 * Written out because Node 20's `TextDecoder('windows-1252')` decodes as Latin-1 and would turn
 * every curly quote into an invisible control character. 0x81, 0x8D, 0x8F, 0x90, 0x9D are unused.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  // Chunked so a 25 MB file never builds one argument list per byte.
  for (let at = 0; at < bytes.length; at += 8192) {
    const codes = Array.from(bytes.subarray(at, at + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b,
    );
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

/** Control characters other than whitespace and NUL: many of them mean the bytes are not text. */
const CONTROL = /(?![\t\n\v\f\r\0])\p{Cc}/gu;

/**
 * Bytes → text with `\n` line ends. UTF-8 with or without a BOM; UTF-16 LE/BE with a BOM, or
 * without one when its NUL bytes give it away; other bytes as damaged UTF-8 or Windows-1252
 * (with a warning naming the guess). Stray NUL characters become U+FFFD, with a warning. CRLF and
 * lone CR become LF so line numbers match what an editor shows. Empty or binary input throws
 * `InputError` naming the line.
 */
export function decodeText(bytes: Uint8Array, file: string, log: WarningLog): string {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  const body = bytes.subarray(bom?.bytes.length ?? 0);
  const guessed = bom ? undefined : guessUtf16(body);
  if (guessed) log.add(1, `no byte-order mark; read as ${guessed.toUpperCase()}, guessed from its NUL bytes`);
  const encoding = bom?.encoding ?? guessed ?? 'utf-8';
  let text = decodeStrict(body, encoding);
  if (text === undefined && encoding === 'utf-8') text = decodeNotUtf8(body, log);
  if (text === undefined) {
    text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
    log.add(undefined, `some bytes are not valid ${encoding.toUpperCase()}; read as U+FFFD`);
  }
  const normalized = text.replace(/\r\n?/g, '\n');
  if (normalized.trim() === '') {
    throw new InputError('transcript_invalid', file, 1, `${EXPECTED_TRANSCRIPT}; got an empty file`);
  }
  const head = normalized.slice(0, SAMPLE);
  const controls = head.match(CONTROL)?.length ?? 0;
  const nuls = head.split('\0').length - 1;
  if (controls * 10 > head.length || nuls * 20 > head.length) {
    const at = normalized.search(controls * 10 > head.length ? CONTROL : /\0/);
    throw binaryError(file, lineOfChar(normalized, at), nuls > 0 ? 'NUL bytes' : 'control characters');
  }
  const nul = normalized.indexOf('\0');
  if (nul === -1) return normalized;
  const count = normalized.split('\0').length - 1;
  // U+FFFD as the WebVTT and HTML parsers do: a NUL inside a timestamp then spoils that cue
  // as it does in browsers, instead of silently making a different one.
  log.add(lineOfChar(normalized, nul), `${count} NUL character(s) read as U+FFFD (first on this line)`);
  return normalized.replaceAll('\0', '\ufffd');
}
