import { describe, expect, it } from 'vitest';
import { type PlannedLine, planBatchFiles } from './plan-batch-files.ts';

const line = (key: string, bytes: number, model = 'm1'): PlannedLine => ({
  key,
  judge: `openai:${model}`,
  model,
  bytes,
});

describe('planBatchFiles', () => {
  it('keeps everything in one file when under both limits', () => {
    const { files, oversized } = planBatchFiles([line('a', 10), line('b', 10)], {
      maxRequests: 5,
      maxBytes: 100,
    });
    expect(files).toEqual([{ judge: 'openai:m1', model: 'm1', keys: ['a', 'b'], bytes: 20 }]);
    expect(oversized).toEqual([]);
  });

  it.each([
    // [limits, sizes, expected key groups]
    [{ maxRequests: 2, maxBytes: 1_000 }, [1, 1, 1, 1, 1], [['k0', 'k1'], ['k2', 'k3'], ['k4']]],
    [
      { maxRequests: 100, maxBytes: 10 },
      [4, 4, 4, 4],
      [
        ['k0', 'k1'],
        ['k2', 'k3'],
      ],
    ],
    // A file may be exactly at the byte limit.
    [{ maxRequests: 100, maxBytes: 10 }, [5, 5, 5], [['k0', 'k1'], ['k2']]],
    [
      { maxRequests: 3, maxBytes: 10 },
      [9, 1, 1, 1],
      [
        ['k0', 'k1'],
        ['k2', 'k3'],
      ],
    ],
  ])('splits at the limits %o', (limits, sizes, expected) => {
    const { files } = planBatchFiles(
      sizes.map((bytes, i) => line(`k${i}`, bytes)),
      limits,
    );
    expect(files.map((f) => f.keys)).toEqual(expected);
    for (const file of files) {
      expect(file.keys.length).toBeLessThanOrEqual(limits.maxRequests);
      expect(file.bytes).toBeLessThanOrEqual(limits.maxBytes);
    }
  });

  it('never mixes models in one file, and keeps each model in order', () => {
    const lines = [line('a1', 1, 'a'), line('b1', 1, 'b'), line('a2', 1, 'a'), line('b2', 1, 'b')];
    const { files } = planBatchFiles(lines, { maxRequests: 10, maxBytes: 100 });
    expect(files.map((f) => [f.model, f.keys])).toEqual([
      ['a', ['a1', 'a2']],
      ['b', ['b1', 'b2']],
    ]);
  });

  it('sets aside a line larger than a whole file', () => {
    const { files, oversized } = planBatchFiles([line('small', 5), line('huge', 50), line('small2', 5)], {
      maxRequests: 10,
      maxBytes: 20,
    });
    expect(oversized).toEqual(['huge']);
    expect(files.map((f) => f.keys)).toEqual([['small', 'small2']]);
  });

  it('plans nothing for no lines', () => {
    expect(planBatchFiles([], { maxRequests: 1, maxBytes: 1 })).toEqual({ files: [], oversized: [] });
  });
});
