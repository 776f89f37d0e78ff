/**
 * A worker thread of `createAnalysisPool`: aligns transcripts and runs injection detection on
 * their answers (`analyseTranscript`) for the run's rubric, so that the main thread's event loop
 * keeps to the calls, the judges and the files. It says `{ ready: true }` once loaded; then
 * one message in per transcript, one reply out.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { AlignOptions } from '../align/align-options.ts';
import type { Rubric } from '../rubric/schema.ts';
import type { Transcript } from '../transcript/schema.ts';
import { analyseTranscript } from './analyse-transcript.ts';

const { rubric, alignOptions } = workerData as { rubric: Rubric; alignOptions: Partial<AlignOptions> };

// Loaded. (Warming the detector up here first, running every pattern before any answer so V8
// compiles them, made whole runs 10–20% slower, measured: most patterns rarely run.)
parentPort?.postMessage({ ready: true });

parentPort?.on('message', (message: { readonly id: number; readonly transcript: Transcript }) => {
  try {
    parentPort?.postMessage({
      id: message.id,
      analysis: analyseTranscript(message.transcript, rubric, alignOptions),
    });
  } catch (error) {
    parentPort?.postMessage({
      id: message.id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
