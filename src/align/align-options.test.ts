import { describe, expect, it } from 'vitest';
import { AlignOptionsSchema, DEFAULT_ALIGN_OPTIONS, resolveAlignOptions } from './align-options.ts';

describe('align options', () => {
  it('ships valid, frozen defaults', () => {
    expect(AlignOptionsSchema.parse(DEFAULT_ALIGN_OPTIONS)).toEqual(DEFAULT_ALIGN_OPTIONS);
    expect(Object.isFrozen(DEFAULT_ALIGN_OPTIONS)).toBe(true);
    expect(DEFAULT_ALIGN_OPTIONS.plausibleScore).toBeLessThan(DEFAULT_ALIGN_OPTIONS.minScore);
    expect(DEFAULT_ALIGN_OPTIONS.minScore).toBeLessThan(DEFAULT_ALIGN_OPTIONS.strongScore);
  });

  it('overlays the caller’s options on the defaults', () => {
    const resolved = resolveAlignOptions({ minScore: 0.3 });
    expect(resolved).toEqual({ ...DEFAULT_ALIGN_OPTIONS, minScore: 0.3 });
    expect(Object.isFrozen(resolved)).toBe(true);
  });

  it('rejects out-of-range and unknown options', () => {
    expect(() => resolveAlignOptions({ minMargin: 2 })).toThrow();
    expect(() => resolveAlignOptions({ surprise: 1 } as never)).toThrow();
  });
});
