import { describe, expect, it } from 'vitest';
import { defaultWordNet } from '../../lexicon/default-wordnet.ts';
import { stemWord } from '../../lexicon/stem-word.ts';
import { createRespeller } from './respell-word.ts';

const spellings = new Map(
  ['reference', 'trial', 'latency', 'idempotent'].map((word) => [word, stemWord(word)]),
);

describe('createRespeller', () => {
  const respell = createRespeller(spellings, defaultWordNet());

  it.each([
    ['refrence', 'reference'],
    ['referance', 'reference'],
    ['refrenece', 'reference'],
    ['latancy', 'latency'],
    ['trrial', 'trial'],
    ['idempotant', 'idempotent'],
  ])('reads %s as %s', (word, meant) => {
    expect(respell(word)).toBe(stemWord(meant));
  });

  it.each([
    ['trail', 'a real word one edit from "trial"'],
    ['deference', 'a real word one edit from "reference"'],
    ['reference', 'the word itself'],
    ['refrigerator', 'too far from any word of the rubric'],
    ['trils', 'a short word two edits away'],
  ])('leaves %s alone (%s)', (word) => {
    expect(respell(word)).toBeUndefined();
  });

  it('reads nothing as misspelt without a dictionary to tell words from misspellings', () => {
    expect(createRespeller(spellings, null)('refrence')).toBeUndefined();
  });
});
