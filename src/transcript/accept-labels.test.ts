import { describe, expect, it } from 'vitest';
import { acceptLabels } from './accept-labels.ts';
import { splitLabelledLine } from './speaker-label.ts';

/** The accepted labels of a text, one candidate per line; `content` counts every non-blank line. */
function accepted(text: string, declared: readonly string[] = []): string[] {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const occurrences = lines.flatMap((line) => splitLabelledLine(line) ?? []);
  return [...acceptLabels(occurrences, lines.length, declared)].sort();
}

const prose = (n: number): string =>
  Array.from({ length: n }, (_, i) => `A line of prose number ${i}.`).join('\n');

describe('acceptLabels', () => {
  it.each<[string, string, readonly string[], readonly string[]]>([
    ['recurring lower-case names', 'jane: a\nsam: b\njane: c\nsam: d', [], ['jane', 'sam']],
    ['two one-off names in a file of labelled lines', 'Ana: Why?\nBo: Because.', [], ['ana', 'bo']],
    ['a one-off name between two speakers', 'Ana: a\nBo: b\nKen: c\nAna: d\nBo: e', [], ['ana', 'bo', 'ken']],
    ['a one-off `Note:` between two speakers', 'Ana: a\nBo: b\nNote: c\nAna: d\nBo: e', [], ['ana', 'bo']],
    [
      'a one-off `Question:` inside prose turns',
      `Ana: a\n${prose(3)}\nQuestion: why not?\n${prose(3)}\nAna: b\nBo: c\nBo: d`,
      [],
      ['ana', 'bo'],
    ],
    ['`Q:`/`A:` labels of a Q&A file', 'Q: why?\nA: because.', [], ['a', 'q']],
    ['a `Note` that metadata names as a speaker', 'Ana: a\nNote: b\nAna: c', ['Note'], ['ana', 'note']],
    ['a one-off timestamped label', `${prose(5)}\n[00:01:02] Sam: hello\n${prose(5)}`, [], ['sam']],
    [
      'a sentence with a colon, once',
      `Ana: a\nBo: b\nThe key points were: latency\nAna: c\nBo: d`,
      [],
      ['ana', 'bo'],
    ],
    [
      'phrases before colons scattered in a long text',
      `${prose(400)}\n他说：好\n${prose(400)}\n注意：对\n${prose(400)}\n他说：不`,
      [],
      [],
    ],
    [
      'twenty labels that each recur, in prose (no conversation)',
      Array.from(
        { length: 20 },
        (_, i) =>
          `Term${String.fromCharCode(65 + i)}: one\n${prose(2)}\nTerm${String.fromCharCode(65 + i)}: two`,
      ).join('\n'),
      [],
      [],
    ],
  ])('%s', (_name, text, declared, expected) => {
    expect(accepted(text, declared)).toEqual(expected);
  });
});
