import { describe, expect, it } from 'vitest';
import { RubricateError } from '../errors.ts';
import { evaluateAgainstGold } from './evaluate-against-gold.ts';
import { goldLabel, mixedScenario, runItem } from './test-fixtures.ts';

const keysOf = (list: readonly { transcript: string; question: string }[]): string[] =>
  list.map((c) => `${c.transcript}/${c.question}`);

describe('evaluateAgainstGold on the mixed scenario', () => {
  const { items, labels } = mixedScenario();
  const result = evaluateAgainstGold(items, labels);

  it('counts labels, items and unlabelled items', () => {
    expect(result).toMatchObject({ labels: 10, items: 10, unlabelledItems: 1 });
  });

  it('computes overall agreement over the five numeric pairs only', () => {
    expect(result.overall.n).toBe(5);
    expect(result.overall.exactAgreement).toBeCloseTo(3 / 5, 12);
    expect(result.overall.withinOne).toBe(1);
    expect(result.overall.quadraticKappa).toBeCloseTo(62 / 72, 12);
    expect(result.overall.linearKappa).toBeCloseTo(24 / 34, 12);
    expect(result.overall.meanBias).toBe(0);
  });

  it.each([
    // q1: (1,1) (4,4): O = 0 → κ = 1. t3 not asked and t4 missing add no pair.
    { question: 'q1', labels: 4, n: 2, exactAgreement: 1, quadraticKappa: 1, meanBias: 0 },
    // q2: (2,2) (2,1): gold {2:2} × run {1:1, 2:1}: E = 2·1·1 = 2, O = 1 → (2 − 2)/2 = 0.
    { question: 'q2', labels: 2, n: 2, exactAgreement: 0.5, quadraticKappa: 0, meanBias: -0.5 },
    // q3: (3,4) only; the not-asked and failed labels add no pair. E = 1, O = 1 → 0.
    { question: 'q3', labels: 3, n: 1, exactAgreement: 0, quadraticKappa: 0, meanBias: 1 },
    { question: 'q4', labels: 1, n: 0, exactAgreement: null, quadraticKappa: null, meanBias: null },
  ])('per question $question', ({ question, ...expected }) => {
    const metrics = result.perQuestion.find((q) => q.question === question);
    expect(metrics).toMatchObject(expected);
  });

  it('orders questions numerically and explains null statistics', () => {
    expect(result.perQuestion.map((q) => q.question)).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(result.perQuestion[3]?.notes.quadraticKappa).toBe('no item was rated by both raters');
  });

  it('builds the gold × run confusion matrix', () => {
    expect(result.confusion).toEqual({
      categories: [1, 2, 3, 4],
      counts: [
        [1, 0, 0, 0],
        [1, 1, 0, 0],
        [0, 0, 0, 1],
        [0, 0, 0, 1],
      ],
    });
  });

  it.each([
    { list: 'goldNotAskedRunScored', keys: ['t2/q3'] },
    { list: 'goldScoredRunNotAsked', keys: ['t3/q1'] },
  ] as const)('lists alignment mismatches: $list', ({ list, keys }) => {
    expect(result.alignment[list].count).toBe(keys.length);
    expect(keysOf(result.alignment[list].items)).toEqual(keys);
  });

  it.each([
    { list: 'review', keys: ['t2/q1', 't3/q3'] },
    { list: 'failed', keys: ['t3/q3'] },
    { list: 'missing', keys: ['t4/q1'] },
  ] as const)('lists $list items', ({ list, keys }) => {
    expect(result[list].count).toBe(keys.length);
    expect(keysOf(result[list].items)).toEqual(keys);
  });

  it('lists every disagreement with gold, run and review reasons', () => {
    expect(
      result.disagreements.map((c) => [c.transcript, c.question, c.gold, c.run, c.reviewReasons]),
    ).toEqual([
      ['t1', 'q3', 3, 4, []],
      ['t2', 'q2', 2, 1, []],
      ['t2', 'q3', 'not_asked', 3, []],
      ['t3', 'q1', 3, 'not_asked', []],
      ['t3', 'q3', 2, 'failed', ['judge_failed']],
    ]);
  });
});

describe('evaluateAgainstGold matching', () => {
  it('matches labels that name the transcript file, extensions and folders included', () => {
    const items = [runItem('01-alex', 'q1', 3), runItem('02-priya', 'q1', 2)];
    const labels = [goldLabel('01-alex.txt', 'q1', 3), goldLabel('data/02-priya.transcript.vtt', 'q1', 2)];
    const result = evaluateAgainstGold(items, labels);
    expect(result.missing.count).toBe(0);
    expect(result.overall).toMatchObject({ n: 2, exactAgreement: 1 });
    expect(result.unlabelledItems).toBe(0);
  });

  it('reads a scored item without a rating as failed, never as agreement', () => {
    const broken = { ...runItem('t1', 'q1', 3), rating: null };
    const result = evaluateAgainstGold([broken], [goldLabel('t1', 'q1', 3)]);
    expect(result.failed.count).toBe(1);
    expect(result.overall.n).toBe(0);
  });

  it('throws when two items share a (transcript id, question)', () => {
    const a = runItem('t1', 'q1', 3);
    const b = { ...runItem('t1', 'q1', 2), transcriptPath: 'other/t1.vtt' };
    expect(() => evaluateAgainstGold([a, b], [goldLabel('t1', 'q1', 3)])).toThrow(RubricateError);
    expect(() => evaluateAgainstGold([a, b], [])).toThrow(/transcripts\/t1\.txt.*other\/t1\.vtt/);
  });

  it('widens the confusion matrix for ratings off the 1–4 scale instead of dropping them', () => {
    const result = evaluateAgainstGold([runItem('t1', 'q1', 5)], [goldLabel('t1', 'q1', 0)]);
    expect(result.confusion.categories).toEqual([0, 1, 2, 3, 4, 5]);
    expect(result.confusion.counts[0]).toEqual([0, 0, 0, 0, 0, 1]);
  });

  it('does not mutate its arguments', () => {
    const { items, labels } = mixedScenario();
    const before = JSON.stringify({ items, labels });
    evaluateAgainstGold(items, labels);
    expect(JSON.stringify({ items, labels })).toBe(before);
  });
});
