import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.ts';
import { decodeText } from './decode-text.ts';
import { WarningLog } from './reader-warnings.ts';

const utf16 = (text: string, endian: 'le' | 'be'): Uint8Array => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const [hi, lo] = [code >> 8, code & 0xff];
    out.set(endian === 'le' ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return out;
};
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeText', () => {
  it.each([
    ['UTF-8', utf8('Ana: héllo\nBo: hi'), 'Ana: héllo\nBo: hi'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Ana: hi')]), 'Ana: hi'],
    ['UTF-16 LE with BOM', utf16('Ana: héllo\r\nBo: hi', 'le'), 'Ana: héllo\nBo: hi'],
    ['UTF-16 BE with BOM', utf16('Ana: héllo\nBo: hi', 'be'), 'Ana: héllo\nBo: hi'],
    ['CRLF and lone CR', utf8('a: 1\r\nb: 2\rc: 3'), 'a: 1\nb: 2\nc: 3'],
  ])('decodes %s', (_name, bytes, text) => {
    const log = new WarningLog('f.txt');
    expect(decodeText(bytes, 'f.txt', log)).toBe(text);
    expect(log.list()).toEqual([]);
  });

  const latin = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
  it.each<[string, Uint8Array, string, number, RegExp]>([
    [
      'Windows-1252 (curly quotes, é) on line 3',
      new Uint8Array([...latin('Ana: hi\nBo: ok\nAna: caf'), 0xe9, 0x20, 0x93, 0x71, 0x94]),
      'Ana: hi\nBo: ok\nAna: café “q”',
      3,
      /read as Windows-1252 \(cp1252\)/,
    ],
    [
      'UTF-8 with one damaged byte',
      new Uint8Array([...utf8('Zoë: hi\nBo: '), 0xc3, 0x28]),
      'Zoë: hi\nBo: \ufffd(',
      2,
      /not valid UTF-8.*U\+FFFD/,
    ],
    [
      'a NUL byte inside UTF-8 text',
      utf8(`Ana: ${'hello '.repeat(20)}\nBo: h\u0000i`),
      `Ana: ${'hello '.repeat(20)}\nBo: h\ufffdi`,
      2,
      /1 NUL character\(s\) read as U\+FFFD/,
    ],
    [
      'UTF-16 LE without a byte-order mark',
      utf16('Ana: héllo\nBo: hi', 'le').subarray(2),
      'Ana: héllo\nBo: hi',
      1,
      /no byte-order mark; read as UTF-16LE/,
    ],
    [
      'UTF-16 BE without a byte-order mark',
      utf16('Ana: héllo\nBo: hi', 'be').subarray(2),
      'Ana: héllo\nBo: hi',
      1,
      /read as UTF-16BE/,
    ],
  ])('reads %s with a warning naming the line and the guess', (_name, bytes, text, line, message) => {
    const log = new WarningLog('f.txt');
    expect(decodeText(bytes, 'f.txt', log)).toBe(text);
    expect(log.list()).toEqual([{ file: 'f.txt', line, message: expect.stringMatching(message) }]);
  });

  it.each([
    ['an empty file', new Uint8Array(), 1, /got an empty file/],
    ['only whitespace', utf8(' \n\t\n'), 1, /got an empty file/],
    [
      'a NUL byte in a tiny file (binary)',
      new Uint8Array([0x41, 0x0a, 0x42, 0x00, 0x43]),
      2,
      /got binary data/,
    ],
    [
      'a PNG header',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      3,
      /binary data/,
    ],
    ['many control characters', utf8('\u0001\u0002\u0003\u0004abc'), 1, /binary data \(control characters\)/],
  ])('rejects %s', (_name, bytes, line, detail) => {
    try {
      decodeText(bytes, 'f.txt', new WarningLog('f.txt'));
      expect.unreachable('decodeText accepted it');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect(error).toMatchObject({ code: 'transcript_invalid', file: 'f.txt', line });
      expect((error as InputError).detail).toMatch(detail);
    }
  });
});
