/**
 * mulberry32: a tiny, well-known 32-bit seeded PRNG, uniform in [0, 1). Hand-written because the
 * core must be deterministic and free of `Math.random`, and a dependency for eight lines is not
 * worth it. Also used by the fake server and the benchmarks, so they replay identically.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
