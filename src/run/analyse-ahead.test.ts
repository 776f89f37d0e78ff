import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerSlot } from '../align/schema.ts';
import type { Transcript } from '../transcript/schema.ts';
import type { DetectionReports, PendingAnalysis } from './analyse-transcript.ts';
import type { Analyser } from './analyser.ts';
import { analyseAhead } from './transcript-feed.ts';

const transcriptNamed = (id: string) => ({ id }) as unknown as Transcript;
const slotsOf = (id: string) => [{ questionId: id }] as unknown as AnswerSlot[];
const reportsOf = (id: string): DetectionReports => [[`${id}#q1`, {} as never]];
const later = <T>(ms: number, value: () => T) =>
  new Promise<T>((resolve) => setTimeout(() => resolve(value()), ms));

function analyserWith(parallel: number, analyse: (t: Transcript) => PendingAnalysis): Analyser {
  return {
    parallel,
    handedBack: () => 0,
    onCallingThread: () => 0,
    alignedOnCallingThread: () => 0,
    errors: () => [],
    close: async () => {},
    analyse,
  };
}

/** An analyser whose analyses are done at once. */
const instantAnalyser = (parallel: number) =>
  analyserWith(parallel, (t) => ({
    slots: Promise.resolve(slotsOf(t.id)),
    reports: Promise.resolve(reportsOf(t.id)),
  }));

describe('analyseAhead', () => {
  it('keeps the feed’s order whatever order analyses finish in, and holds at most 2 × parallel + 1 beside the one it hands over', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(5), fc.nat(5)), { maxLength: 12 }),
        fc.integer({ min: 1, max: 3 }),
        async (delays, parallel) => {
          let read = 0;
          let taken = 0;
          let maxAhead = 0;
          const feed = {
            next: async () => (read < delays.length ? transcriptNamed(`t${read++}`) : null),
          };
          const analyser = analyserWith(parallel, (t) => {
            maxAhead = Math.max(maxAhead, read - taken);
            const [align, detect] = delays[Number(t.id.slice(1))] ?? [0, 0];
            const slots = later(align, () => slotsOf(t.id));
            return { slots, reports: slots.then(() => later(detect, () => reportsOf(t.id))) };
          });
          const analysed = analyseAhead(feed, analyser);
          const ids: string[] = [];
          for (let next = await analysed.next(); next !== null; next = await analysed.next()) {
            taken += 1;
            expect(next.slots).toEqual(slotsOf(next.transcript.id));
            expect(await next.reports).toEqual(reportsOf(next.transcript.id));
            ids.push(next.transcript.id);
          }
          expect(ids).toEqual(delays.map((_, i) => `t${i}`));
          // Read but not yet taken: the read-ahead, and the one on its way to the caller.
          expect(maxAhead).toBeLessThanOrEqual(2 * parallel + 1 + 1);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('hands a transcript on once it is aligned, before its detection is done', async () => {
    let read = 0;
    const feed = { next: async () => (read < 1 ? transcriptNamed(`t${read++}`) : null) };
    let detect: (reports: DetectionReports) => void = () => undefined;
    const analysed = analyseAhead(
      feed,
      analyserWith(1, (t) => ({
        slots: Promise.resolve(slotsOf(t.id)),
        reports: new Promise((resolve) => {
          detect = resolve;
        }),
      })),
    );
    const first = await analysed.next();
    expect(first?.slots).toEqual(slotsOf('t0'));
    let detected = false;
    void first?.reports.then(() => {
      detected = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(detected).toBe(false);
    detect(reportsOf('t0'));
    expect(await first?.reports).toEqual(reportsOf('t0'));
  });

  it('hands the first transcript over without waiting for the rest of the read-ahead', async () => {
    let read = 0;
    // The second read never ends (a slow disk): the first transcript must not wait for it.
    const feed = {
      next: () => (read++ === 0 ? Promise.resolve(transcriptNamed('t0')) : new Promise<never>(() => {})),
    };
    const analysed = analyseAhead(feed, instantAnalyser(2));
    expect((await analysed.next())?.transcript.id).toBe('t0');
    expect(read).toBe(2);
  });

  it('passes a failed read on after the transcripts read before it', async () => {
    let read = 0;
    const feed = {
      next: async () => {
        if (read++ < 2) return transcriptNamed(`t${read - 1}`);
        throw new Error('disk gone');
      },
    };
    const analysed = analyseAhead(feed, instantAnalyser(2));
    expect((await analysed.next())?.transcript.id).toBe('t0');
    expect((await analysed.next())?.transcript.id).toBe('t1');
    await expect(analysed.next()).rejects.toThrow('disk gone');
  });

  it('passes a failed analysis on when its turn comes, not before', async () => {
    let read = 0;
    const feed = { next: async () => (read < 3 ? transcriptNamed(`t${read++}`) : null) };
    const analyser = analyserWith(2, (t) => {
      const slots = t.id === 't1' ? Promise.reject(new Error('boom')) : Promise.resolve(slotsOf(t.id));
      return { slots, reports: slots.then(() => reportsOf(t.id)) };
    });
    const analysed = analyseAhead(feed, analyser);
    expect((await analysed.next())?.transcript.id).toBe('t0');
    await expect(analysed.next()).rejects.toThrow('boom');
  });
});
