import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PendingAnalysis, TranscriptAnalysis } from '../run/analyse-transcript.ts';
import { type Analyser, inThreadAnalyser } from '../run/analyser.ts';
import type { Transcript } from '../transcript/schema.ts';
import { createAnalysisPool } from './analysis-pool.ts';
import { loadRubric } from './load-rubric.ts';
import { readTranscript } from './read-transcript.ts';

const ROOT = join(import.meta.dirname, '../..');
const WORKER = new URL('./test-fixtures/ts-analyse-worker.mjs', import.meta.url);
const { rubric } = loadRubric(join(ROOT, 'rubrics/interview-rubric.md'), ROOT);

async function bundledTranscripts(): Promise<Transcript[]> {
  const dir = join(ROOT, 'transcripts');
  const files = readdirSync(dir).filter((f) => !f.endsWith('.meta.yaml'));
  return Promise.all(files.map((f) => readTranscript(join(dir, f), ROOT)));
}

/** Both parts of a pending analysis, once both are done. */
async function settledAnalysis(pending: PendingAnalysis): Promise<TranscriptAnalysis> {
  return { slots: await pending.slots, reports: await pending.reports };
}

/** Every analysis, whole, in the order asked. */
const analyseAll = (analyser: Analyser, transcripts: readonly Transcript[]) =>
  Promise.all(transcripts.map((t) => settledAnalysis(analyser.analyse(t))));

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

function pool(entry: URL, size = 2) {
  const analyser = createAnalysisPool({ entry, size })(rubric, {});
  closers.push(() => analyser.close());
  return analyser;
}

describe('createAnalysisPool', () => {
  it('sends every waiting transcript’s alignment before the first detection (its calls can go)', async () => {
    const transcripts = (await bundledTranscripts()).slice(0, 4);
    const analyser = pool(WORKER, 1);
    await analyser.whenReady();
    const events: string[] = [];
    await Promise.all(
      transcripts.map((t, i) => {
        const pending = analyser.analyse(t);
        return Promise.all([
          pending.slots.then(() => events.push(`aligned ${i}`)),
          pending.reports.then(() => events.push(`detected ${i}`)),
        ]);
      }),
    );
    expect(events.slice(0, 4)).toEqual(['aligned 0', 'aligned 1', 'aligned 2', 'aligned 3']);
    expect(events.slice(4)).toEqual(['detected 0', 'detected 1', 'detected 2', 'detected 3']);
  }, 30_000);

  it('gives what the calling thread gives, for every bundled transcript, whatever the worker', async () => {
    const transcripts = await bundledTranscripts();
    const local = inThreadAnalyser(rubric, {});
    const expected = await analyseAll(local, transcripts);
    const analyser = pool(WORKER, 2);
    expect(analyser.parallel).toBe(2);
    await analyser.whenReady();
    const got = await analyseAll(analyser, transcripts);
    expect(got).toEqual(expected);
    expect(analyser.handedBack(), 'the workers did the work').toBe(0);
    expect(analyser.onCallingThread()).toBe(0);
    expect(analyser.alignedOnCallingThread()).toBe(0);
    expect(got.some((a) => a.reports.some(([, report]) => report.suspected))).toBe(true);
  }, 60_000);

  it('hands a dead worker’s transcripts back to the calling thread', async () => {
    const [transcript] = await bundledTranscripts();
    if (transcript === undefined) throw new Error('no bundled transcript');
    const analyser = pool(new URL('./test-fixtures/dying-worker.mjs', import.meta.url), 1);
    const [expected] = await analyseAll(inThreadAnalyser(rubric, {}), [transcript]);
    await analyser.whenReady();
    expect(await settledAnalysis(analyser.analyse(transcript))).toEqual(expected);
    expect(analyser.handedBack()).toBe(1);
    expect(analyser.errors()).toEqual(['the worker exited with code 1']);
  }, 30_000);

  it('aligns the first transcript here when no worker has loaded yet, and sends the rest to the worker', async () => {
    const transcripts = await bundledTranscripts();
    const analyser = pool(WORKER, 1);
    const local = inThreadAnalyser(rubric, {});
    const got = await analyseAll(analyser, transcripts.slice(0, 3));
    expect(got).toEqual(await analyseAll(local, transcripts.slice(0, 3)));
    expect(analyser.alignedOnCallingThread()).toBe(1);
    expect(analyser.onCallingThread(), 'detection ran in the worker').toBe(0);
    await analyseAll(analyser, transcripts.slice(3, 5));
    expect(analyser.alignedOnCallingThread()).toBe(1);
  }, 30_000);

  it('rejects when the analysis throws in the worker, naming the transcript', async () => {
    const [transcript] = await bundledTranscripts();
    if (transcript === undefined) throw new Error('no bundled transcript');
    const analyser = pool(new URL('./test-fixtures/failing-worker.mjs', import.meta.url), 1);
    await analyser.whenReady();
    const pending = analyser.analyse(transcript);
    const failure = new RegExp(`analysis of ${transcript.id} failed in a worker: Error: boom in the aligner`);
    await expect(pending.slots).rejects.toThrow(failure);
    await expect(pending.reports).rejects.toThrow(failure);
  }, 30_000);
});
