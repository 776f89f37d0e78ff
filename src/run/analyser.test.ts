import { describe, expect, it } from 'vitest';
import { type AnalyserFactory, analyserFor, inThreadAnalyser, WORKERS_FROM_TRANSCRIPTS } from './analyser.ts';

const workers: AnalyserFactory = (rubric, options) => inThreadAnalyser(rubric, options);

describe('analyserFor', () => {
  it('gives a short run no worker threads, a long one the deps’ workers, and none when there are none', () => {
    expect(analyserFor(1, workers)).toBe(inThreadAnalyser);
    expect(analyserFor(WORKERS_FROM_TRANSCRIPTS - 1, workers)).toBe(inThreadAnalyser);
    expect(analyserFor(WORKERS_FROM_TRANSCRIPTS, workers)).toBe(workers);
    expect(analyserFor(Number.POSITIVE_INFINITY, workers)).toBe(workers);
    expect(analyserFor(10_000, undefined)).toBe(inThreadAnalyser);
  });
});
