import { describe, expect, it } from 'vitest';
import { detectTextLayout } from './detect-text-layout.ts';

/** The layout in one word, and the 1-based lines it reads as headers. */
function summarize(text: string): [string | null, number[]] {
  const layout = detectTextLayout(text.split('\n'));
  if (layout === null) return [null, []];
  if (layout.kind === 'labelled') return [layout.trailingTimes ? 'labelled+trailing' : 'labelled', []];
  return [layout.style, [...layout.headers.keys()].map((i) => i + 1)];
}

describe('detectTextLayout', () => {
  it.each<[string, string, string | null, number[]]>([
    ['Speaker: text lines', 'Ana: hi\nBo: hello', 'labelled', []],
    ['Otter', 'Ana Li  0:00\nhi\n\nBo Chen  0:05\nhello', 'name-time', [1, 4]],
    ['Otter without blank lines', 'Ana Li  0:00\nhi\nBo Chen  0:05\nhello', 'name-time', [1, 3]],
    ['Teams with a tab', 'Ana Li\t0:00\nhi\n\nBo Chen\t0:05\nhello', 'name-time', [1, 4]],
    ['Zoom', '[Ana Li] 10:00:01\nhi\n\n[Bo Chen] 10:00:05\nhello', 'bracket-name-time', [1, 4]],
    ['Rev, text below', 'Speaker 1 (00:00):\nhi\n\nSpeaker 2 (00:05):\nhello', 'name-paren-time', [1, 4]],
    ['Rev, text on the line', 'Ana (00:00:01): hi\nBo (00:00:05): hello', 'name-paren-time', [1, 2]],
    [
      'Teams, time first',
      '0:00\nAna Li\nhi\n\n0:05\nBo Chen\nhello\n\n0:09\nAna Li\nok',
      'time-name',
      [1, 5, 9],
    ],
    ['Meet: time lines, then labels', '00:00:00\nAna: hi\nBo: hello\n\n00:05:00\nAna: ok', 'labelled', []],
    [
      'Descript: trailing times',
      'Ana: hi [00:00:01]\nBo: hello [00:00:05]\nAna: ok',
      'labelled+trailing',
      [],
    ],
    ['one trailing time is speech', 'Ana: hi [00:01]\nBo: hello\nAna: ok', 'labelled', []],
    ['prose', 'Just prose.\nWe scaled to 3:00 AM traffic.', null, []],
    ['prose with a year aside', 'Note (2020): the paper says so.\nMore prose.', null, []],
    [
      'a mid-paragraph `Around  3:00` in an Otter file',
      'Ana Li  0:00\nwe met\nAround  3:00\nthe pager went off\n\nBo Chen  0:05\nhello\n\nAna Li  0:09\nok',
      'name-time',
      [1, 6, 9],
    ],
    [
      'a mid-turn `Note (20:20):` in a Rev file',
      'Speaker 1 (00:00):\nhi\n\nSpeaker 2 (00:05):\nhello\nNote (20:20): seen\n\nSpeaker 1 (00:09):\nok',
      'name-paren-time',
      [1, 4, 8],
    ],
    [
      'a title with a time above Speaker: text lines',
      'Weekly Sync  10:00\n\nAna: hi\nBo: hello',
      'labelled',
      [],
    ],
    [
      'timestamped paragraphs whose first lines are capitalised',
      '0:00\nWelcome Back\nto the show.\n\n0:30\nOkay\nso today we talk about queues.',
      null,
      [],
    ],
    ['one time-first block', '0:00\nAna Li\nhi', null, []],
    ['time-first blocks among many bare time lines', '0:00\nAna\nhi\n0:01\n0:02\n0:03\nAna\nok', null, []],
  ])('%s', (_name, text, layout, headerLines) => {
    expect(summarize(text)).toEqual([layout, headerLines]);
  });

  it('skips front matter when told where the body starts', () => {
    const lines = '---\ncandidate: Bo Chen\n---\nAna Li  0:00\nhi\n\nBo Chen  0:05\nhello'.split('\n');
    const layout = detectTextLayout(lines, 3);
    expect(layout?.kind === 'headers' ? [...layout.headers.keys()] : layout).toEqual([3, 6]);
  });
});
