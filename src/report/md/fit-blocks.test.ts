import { describe, expect, it } from 'vitest';
import { fitBlocks } from './fit-blocks.ts';

const note = (n: number) => `[${n} omitted]`;

describe('fitBlocks', () => {
  it('keeps everything that fits, with no note', () => {
    expect(fitBlocks(['ab', 'cd'], 4, note)).toEqual({ text: 'abcd', kept: 2, omitted: 0 });
  });

  it('drops whole blocks from the end and says how many', () => {
    const blocks = Array.from({ length: 10 }, (_, i) => `${i}`.repeat(100));
    const fitted = fitBlocks(blocks, 600, note);
    expect(fitted.kept).toBe(3);
    expect(fitted.omitted).toBe(7);
    expect(fitted.text.endsWith('[7 omitted]')).toBe(true);
    expect(fitted.text.length).toBeLessThanOrEqual(600);
  });
});
