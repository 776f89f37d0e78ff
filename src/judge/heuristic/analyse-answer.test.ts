import { describe, expect, it } from 'vitest';
import { stemWord } from '../../lexicon/stem-word.ts';
import { analyseAnswer } from './analyse-answer.ts';

/** A lexical database in miniature: what each answer word also says. */
const RELATED: Readonly<Record<string, readonly string[]>> = {
  infinite: ['unlimit'],
  nodes: ['node', 'knot'],
};
const relatedOf = (word: string): readonly string[] => RELATED[word] ?? [];

describe('analyseAnswer: the synonyms an answer word implies', () => {
  it('adds them to what a sentence says, plainly or negated', () => {
    const answer = analyseAnswer('You can declare infinite constructors.', new Set(), stemWord, {
      relatedOf,
    });
    expect(answer.sentences[0]?.positive.has('unlimit')).toBe(true);
    const negated = analyseAnswer('It is not infinite.', new Set(), stemWord, { relatedOf });
    expect(negated.sentences[0]?.negative.has('unlimit')).toBe(true);
    expect(negated.sentences[0]?.positive.has('unlimit')).toBe(false);
  });

  it('counts them for overlap with the topic, not as terms of the answer’s own', () => {
    const answer = analyseAnswer('Infinite.', new Set(), stemWord, { relatedOf });
    expect(answer.terms.has('unlimit')).toBe(true);
    expect(answer.ownTermCount).toBe(1);
    // A synonym that is the word's own term is not counted twice: the count is the one without synonyms.
    const plain = analyseAnswer('Nodes.', new Set(), stemWord);
    expect(analyseAnswer('Nodes.', new Set(), stemWord, { relatedOf }).ownTermCount).toBe(plain.terms.size);
  });

  it('adds nothing without a lexical database', () => {
    const answer = analyseAnswer('You can declare infinite constructors.', new Set(), stemWord);
    expect(answer.sentences[0]?.positive.has('unlimit')).toBe(false);
  });
});
