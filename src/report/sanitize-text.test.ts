import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeIdentifier, sanitizeText } from './sanitize-text.ts';

const ESC = '\u001b';
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('sanitizeText', () => {
  it.each([
    ['an SGR colour', `${ESC}[31mred${ESC}[0m`, 'red'],
    ['a screen clear and cursor home', `${ESC}[2J${ESC}[Hcleared`, 'cleared'],
    ['a title change (OSC 0, BEL)', `${ESC}]0;pwned\u0007title`, 'title'],
    ['a clipboard write (OSC 52, ST)', `${ESC}]52;c;ZWNobyBoaQ==${ESC}\\after`, 'after'],
    ['a hyperlink (OSC 8)', `${ESC}]8;;https://evil.test${ESC}\\click${ESC}]8;;${ESC}\\`, 'click'],
    ['an 8-bit CSI', '\u009b31mred', 'red'],
    ['an 8-bit OSC', '\u009d0;title\u0007x', 'x'],
    ['a DCS string', `${ESC}Pq#0;2;0;0;0${ESC}\\x`, 'x'],
    ['a terminal reset', `${ESC}cafter`, 'after'],
    ['an unterminated OSC stops at the line end', `${ESC}]0;title\nnext`, '\nnext'],
    ['a lone ESC at the end', `end${ESC}`, 'end'],
    ['NUL, BEL, backspace, CR, DEL', 'a\u0000b\u0007c\bd\re\u007ff', 'abcdef'],
    ['C1 controls', 'a\u0085b\u0080c', 'abc'],
    ['bidi overrides and isolates (Trojan Source)', 'admin\u202e\u2066gnp.exe\u2069\u202c', 'admingnp.exe'],
    ['RLM, LRM, ALM marks', 'a\u200fb\u200ec\u061cd', 'abcd'],
    ['zero-width space, joiner, non-joiner, word joiner, BOM', 'A\u200bn\u200ca\u200d\u2060\ufeff', 'Ana'],
    ['a soft hyphen and a Hangul filler', 'Ka\u00adfka\u3164', 'Kafka'],
    ['Unicode tag characters (invisible smuggled text)', 'ok\u{e0049}\u{e0067}\u{e006e}', 'ok'],
    ['line and paragraph separators become newlines', 'a\u2028b\u2029c', 'a\nb\nc'],
    ['noncharacters', 'a\ufffeb\uffffc', 'abc'],
    ['lone surrogates (pairs kept)', 'a\ud800b\udc00c😀', 'a\ufffdb\ufffdc😀'],
  ])('removes %s', (_, input, expected) => {
    expect(sanitizeText(input)).toBe(expected);
  });

  it.each([
    ['tabs and newlines', 'a\tb\nc'],
    ['every script and emoji', 'Zoë, Łukasz, 山田太郎, محمد, Дмитрий, 😀, ⚠️'],
    ['punctuation, brackets and quotes', `[x] (y) {z} <w> "q" 'r' \\ / | ~ # ; : !`],
  ])('keeps %s', (_, input) => {
    expect(sanitizeText(input)).toBe(input);
  });

  it('leaves no control or escape character in anything, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => {
        const out = sanitizeText(input);
        expect(out).not.toMatch(CONTROLS);
        expect(sanitizeText(out)).toBe(out);
      }),
    );
  });

  it('runs in linear time on long runs of escape introducers (no backtracking)', () => {
    for (const unit of [`${ESC}[`, `${ESC}]`, '\u009b0', `${ESC}[0;`, '\u200b']) {
      const input = unit.repeat(200_000);
      expect(sanitizeText(input).length).toBeLessThan(input.length);
    }
  });
});

describe('sanitizeIdentifier', () => {
  it('keeps a value on one line', () => {
    expect(sanitizeIdentifier('alice\nrubricate: run complete\t(fake)')).toBe(
      'alice rubricate: run complete (fake)',
    );
  });
  it('makes a zero-width look-alike equal to the name it imitates', () => {
    expect(sanitizeIdentifier('A\u200bna Lo\u200dpez\ufe0f')).toBe('Ana Lopez');
  });
});
