import { InputError } from '../errors.ts';

/** The one wording for "this is not a transcript", so every such error reads the same. */
export const EXPECTED_TRANSCRIPT =
  'expected `Speaker: text` lines, speaker header lines with the text below (`Name  0:00`, `[Name] 00:00:00`, `Name (00:00):`), a WebVTT header, SRT cues or transcript JSON';

const BOMS: readonly { readonly bytes: readonly number[]; readonly encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** 1-based line of a byte offset: the count of LF bytes before it, plus one. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** 1-based line of a character offset in decoded text. */
function lineOfChar(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

function binaryError(file: string, line: number, why: string): InputError {
  return new InputError('transcript_invalid', file, line, `${EXPECTED_TRANSCRIPT}; got binary data (${why})`);
}

/** Control characters other than whitespace: many of them mean the bytes are not text. */
const CONTROL = /(?![\t\n\v\f\r])\p{Cc}/gu;

/**
 * Bytes → text with `\n` line ends. UTF-8 with or without a BOM, UTF-16 LE/BE with a BOM; CRLF and
 * lone CR become LF so line numbers match what an editor shows. Empty, binary or mis-encoded
 * input throws `InputError` naming the line.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  const body = bytes.subarray(bom?.bytes.length ?? 0);
  if (!bom) {
    const nul = body.indexOf(0);
    if (nul >= 0)
      throw binaryError(file, lineOfByte(body, nul), 'a NUL byte; UTF-16 text needs a byte-order mark');
  }
  const encoding = bom?.encoding ?? 'utf-8';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const lossy = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
    const line = lineOfChar(lossy.replace(/\r\n?/g, '\n'), Math.max(0, lossy.indexOf('\ufffd')));
    throw new InputError(
      'transcript_invalid',
      file,
      line,
      `expected ${encoding.toUpperCase()} text; got bytes that are not valid ${encoding.toUpperCase()}`,
    );
  }
  const normalized = text.replace(/\r\n?/g, '\n');
  if (normalized.trim() === '') {
    throw new InputError('transcript_invalid', file, 1, `${EXPECTED_TRANSCRIPT}; got an empty file`);
  }
  const head = normalized.slice(0, 4096);
  const controls = head.match(CONTROL)?.length ?? 0;
  if (controls > 0 && (head.includes('\u0000') || controls * 10 > head.length)) {
    throw binaryError(file, lineOfChar(normalized, normalized.search(CONTROL)), 'control characters');
  }
  return normalized;
}
