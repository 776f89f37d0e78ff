/**
 * A worker thread of `createAnalysisPool`: aligns transcripts and runs injection detection on
 * their answers for the run's rubric, so that the main thread's event loop keeps to the calls,
 * the judges and the files. It says `{ ready: true }` once loaded; then, per transcript, one
 * message in and two out: its alignment at once (its calls can go), its detection reports later.
 * Detection runs one answer per turn of the event loop, and transcripts that arrive meanwhile
 * are aligned first, so the calls are not held up by detection (nor by the detector's cold
 * start, when V8 compiles its patterns as they first run).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { AlignOptions } from '../align/align-options.ts';
import type { AnswerSlot } from '../align/schema.ts';
import type { InjectionReport } from '../injection/schema.ts';
import type { Rubric } from '../rubric/schema.ts';
import type { Transcript } from '../transcript/schema.ts';
import { alignTranscript, itemsToScan } from './analyse-transcript.ts';
import { detectItem } from './detect-items.ts';
import type { PlannedItem } from './plan-items.ts';

const { rubric, alignOptions } = workerData as { rubric: Rubric; alignOptions: Partial<AlignOptions> };

/** A transcript to analyse, or to scan only when it comes aligned. */
interface Message {
  readonly id: number;
  readonly transcript: Transcript;
  readonly slots?: readonly AnswerSlot[];
}

/** A transcript aligned and waiting for (the rest of) its detection. */
interface Scan {
  readonly id: number;
  readonly items: readonly PlannedItem[];
  readonly reports: (readonly [string, InjectionReport])[];
  /** How many of `items` are done. */
  done: number;
}
const toScan: Scan[] = [];
let scanning = false;

const failed = (id: number, error: unknown) =>
  parentPort?.postMessage({
    id,
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });

/** Detection on the next answer waiting; a transcript's reports go once its last answer is done. */
function scanNext(): void {
  const scan = toScan[0];
  if (scan === undefined) {
    scanning = false;
    return;
  }
  try {
    const item = scan.items[scan.done];
    if (item !== undefined) scan.reports.push(...detectItem(item));
    scan.done += 1;
    if (scan.done >= scan.items.length) {
      toScan.shift();
      parentPort?.postMessage({ id: scan.id, reports: scan.reports });
    }
  } catch (error) {
    toScan.shift();
    failed(scan.id, error);
  }
  setImmediate(scanNext);
}

// Loaded. (Warming the detector up here first, running every pattern before any answer so V8
// compiles them, made whole runs 10–20% slower, measured: most patterns rarely run.)
parentPort?.postMessage({ ready: true });

parentPort?.on('message', (message: Message) => {
  try {
    // Aligned already when the main thread did it while this worker was loading.
    let slots = message.slots;
    if (slots === undefined) {
      slots = alignTranscript(message.transcript, rubric, alignOptions);
      parentPort?.postMessage({ id: message.id, slots });
    }
    toScan.push({
      id: message.id,
      items: itemsToScan(message.transcript, rubric, slots),
      reports: [],
      done: 0,
    });
  } catch (error) {
    failed(message.id, error);
    return;
  }
  if (!scanning) {
    scanning = true;
    setImmediate(scanNext);
  }
});
