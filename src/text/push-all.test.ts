import { describe, expect, it } from 'vitest';
import { pushAll } from './push-all.ts';

describe('pushAll', () => {
  it('appends more items than a call takes arguments', () => {
    const target = [0];
    pushAll(
      target,
      Array.from({ length: 500_000 }, (_, i) => i + 1),
    );
    expect(target).toHaveLength(500_001);
    expect(target.at(-1)).toBe(500_000);
  });

  it('appends from any iterable, in order', () => {
    const target: string[] = ['a'];
    pushAll(target, new Set(['b', 'c']));
    expect(target).toEqual(['a', 'b', 'c']);
  });
});
