import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inThreadAnalyser } from '../run/analyser.ts';
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
  it('gives what the calling thread gives, for every bundled transcript, whatever the worker', async () => {
    const transcripts = await bundledTranscripts();
    const local = inThreadAnalyser(rubric, {});
    const expected = await Promise.all(transcripts.map((t) => local.analyse(t)));
    const analyser = pool(WORKER, 2);
    expect(analyser.parallel).toBe(2);
    await analyser.whenReady();
    const got = await Promise.all(transcripts.map((t) => analyser.analyse(t)));
    expect(got).toEqual(expected);
    expect(analyser.handedBack(), 'the workers did the work').toBe(0);
    expect(analyser.onCallingThread()).toBe(0);
    expect(got.some((a) => a.reports.some(([, report]) => report.suspected))).toBe(true);
  }, 60_000);

  it('hands a dead worker’s transcripts back to the calling thread', async () => {
    const [transcript] = await bundledTranscripts();
    if (transcript === undefined) throw new Error('no bundled transcript');
    const analyser = pool(new URL('./test-fixtures/dying-worker.mjs', import.meta.url), 1);
    const expected = await inThreadAnalyser(rubric, {}).analyse(transcript);
    await analyser.whenReady();
    expect(await analyser.analyse(transcript)).toEqual(expected);
    expect(analyser.handedBack()).toBe(1);
    expect(analyser.errors()).toEqual(['the worker exited with code 1']);
  }, 30_000);

  it('sends transcripts asked for before the worker has loaded to it, not to this thread', async () => {
    const transcripts = await bundledTranscripts();
    const analyser = pool(WORKER, 1);
    const local = inThreadAnalyser(rubric, {});
    const got = await Promise.all(transcripts.slice(0, 3).map((t) => analyser.analyse(t)));
    expect(got).toEqual(await Promise.all(transcripts.slice(0, 3).map((t) => local.analyse(t))));
    expect(analyser.onCallingThread()).toBe(0);
  }, 30_000);

  it('rejects when the analysis throws in the worker, naming the transcript', async () => {
    const [transcript] = await bundledTranscripts();
    if (transcript === undefined) throw new Error('no bundled transcript');
    const analyser = pool(new URL('./test-fixtures/failing-worker.mjs', import.meta.url), 1);
    await analyser.whenReady();
    await expect(analyser.analyse(transcript)).rejects.toThrow(
      new RegExp(`analysis of ${transcript.id} failed in a worker: Error: boom in the aligner`),
    );
  }, 30_000);
});
