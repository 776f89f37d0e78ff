import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../transcript/schema.ts';
import type { TranscriptAnalysis } from './analyse-transcript.ts';
import type { Analyser } from './analyser.ts';
import { analyseAhead } from './transcript-feed.ts';

const transcriptNamed = (id: string) => ({ id }) as unknown as Transcript;
const analysisOf = (id: string): TranscriptAnalysis => ({ slots: [], reports: [[`${id}#q1`, {} as never]] });

describe('analyseAhead', () => {
  it('keeps the feed’s order whatever order analyses finish in, and reads at most 2 × parallel + 1 ahead', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(5), { maxLength: 12 }),
        fc.integer({ min: 1, max: 3 }),
        async (delays, parallel) => {
          let read = 0;
          let taken = 0;
          let maxAhead = 0;
          const feed = {
            next: async () => (read < delays.length ? transcriptNamed(`t${read++}`) : null),
          };
          const analyser: Analyser = {
            parallel,
            handedBack: () => 0,
            onCallingThread: () => 0,
            errors: () => [],
            close: async () => {},
            analyse: (t) => {
              maxAhead = Math.max(maxAhead, read - taken);
              const delay = delays[Number(t.id.slice(1))] ?? 0;
              return new Promise((resolve) => setTimeout(() => resolve(analysisOf(t.id)), delay));
            },
          };
          const analysed = analyseAhead(feed, analyser);
          const ids: string[] = [];
          for (let next = await analysed.next(); next !== null; next = await analysed.next()) {
            taken += 1;
            expect(next.analysis).toEqual(analysisOf(next.transcript.id));
            ids.push(next.transcript.id);
          }
          expect(ids).toEqual(delays.map((_, i) => `t${i}`));
          expect(maxAhead).toBeLessThanOrEqual(2 * parallel + 1);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('passes a failed analysis on when its turn comes, not before', async () => {
    let read = 0;
    const feed = { next: async () => (read < 3 ? transcriptNamed(`t${read++}`) : null) };
    const analyser: Analyser = {
      parallel: 2,
      handedBack: () => 0,
      onCallingThread: () => 0,
      errors: () => [],
      close: async () => {},
      analyse: async (t) => {
        if (t.id === 't1') throw new Error('boom');
        return analysisOf(t.id);
      },
    };
    const analysed = analyseAhead(feed, analyser);
    expect((await analysed.next())?.transcript.id).toBe('t0');
    await expect(analysed.next()).rejects.toThrow('boom');
  });
});
