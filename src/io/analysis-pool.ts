import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyseTranscript, type TranscriptAnalysis } from '../run/analyse-transcript.ts';
import type { Analyser, AnalyserFactory } from '../run/analyser.ts';
import type { Transcript } from '../transcript/schema.ts';

/** A pool's analyser. */
export interface PooledAnalyser extends Analyser {
  /** Resolves once every worker has loaded (or stopped). */
  whenReady(): Promise<void>;
}

interface Pending {
  readonly transcript: Transcript;
  readonly resolve: (analysis: TranscriptAnalysis) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
  alive: boolean;
  /** Resolves at its first message or its exit. */
  settled?: Promise<void>;
}

/**
 * Analysis in `size` worker threads running `entry` (the compiled `analyse-worker`): alignment
 * and detection are most of a transcript's CPU, and on the main thread they stall the event loop
 * the calls and the offline judge need. Each transcript goes to the worker with the least work
 * (workers start when the first is asked for; one sent before a worker has loaded waits for it).
 * Analysing on the calling thread until a worker had loaded was tried: the main thread then
 * compiles the detector's patterns too, and a run at zero latency was about 9% slower; a run too
 * short for workers to pay off gets none instead (`analyserFor`).
 * A worker that dies (out of memory, killed) hands its transcripts back to the calling thread, and
 * so does every later one if none is left; an analysis that throws rejects (a bug, as in-thread).
 */
export function createAnalysisPool(options: {
  readonly entry: URL;
  readonly size: number;
}): (...args: Parameters<AnalyserFactory>) => PooledAnalyser {
  return (rubric, alignOptions) => {
    let closing = false;
    let nextId = 0;
    let handedBack = 0;
    const errors: string[] = [];
    const size = Math.max(1, options.size);
    const slots: Slot[] = [];
    const start = () => {
      if (slots.length === 0 && !closing) for (let i = 0; i < size; i++) slots.push(startSlot());
    };
    const startSlot = (): Slot => {
      const slot: Slot = {
        worker: new Worker(options.entry, { workerData: { rubric, alignOptions } }),
        pending: new Map(),
        alive: true,
      };
      slot.settled = new Promise<void>((resolve) => {
        slot.worker.once('message', () => resolve());
        slot.worker.once('exit', () => resolve());
      });
      slot.worker.on(
        'message',
        (reply: { ready?: true; id: number; analysis?: TranscriptAnalysis; error?: string }) => {
          // `{ ready: true }` says it has loaded (what `whenReady` waits for).
          if (reply.ready === true) return;
          const waiting = slot.pending.get(reply.id);
          if (waiting === undefined) return;
          slot.pending.delete(reply.id);
          if (reply.analysis !== undefined) waiting.resolve(reply.analysis);
          else
            waiting.reject(
              new Error(`analysis of ${waiting.transcript.id} failed in a worker: ${reply.error}`),
            );
        },
      );
      const lost = (error?: unknown) => {
        if (!slot.alive) return;
        slot.alive = false;
        errors.push(error instanceof Error ? error.message : 'the worker exited');
        handedBack += slot.pending.size;
        for (const waiting of slot.pending.values()) inThread(waiting);
        slot.pending.clear();
      };
      slot.worker.on('error', lost);
      slot.worker.on('exit', (code) => {
        if (!closing) lost(new Error(`the worker exited with code ${code}`));
      });
      return slot;
    };
    let here = 0;
    const inThread = (waiting: Pending) => {
      here += 1;
      try {
        waiting.resolve(analyseTranscript(waiting.transcript, rubric, alignOptions));
      } catch (error) {
        waiting.reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    return {
      parallel: size,
      handedBack: () => handedBack,
      onCallingThread: () => here,
      whenReady: async () => {
        start();
        await Promise.all(slots.map((slot) => slot.settled));
      },
      errors: () => [...errors],
      analyse: (transcript) =>
        new Promise<TranscriptAnalysis>((resolve, reject) => {
          const waiting = { transcript, resolve, reject };
          start();
          const slot = slots
            .filter((s) => s.alive)
            .reduce<Slot | undefined>(
              (best, s) => (best === undefined || s.pending.size < best.pending.size ? s : best),
              undefined,
            );
          // No worker left (each died): this thread does it.
          if (slot === undefined) {
            handedBack += 1;
            return inThread(waiting);
          }
          const id = nextId++;
          slot.pending.set(id, waiting);
          slot.worker.postMessage({ id, transcript });
        }),
      close: async () => {
        closing = true;
        await Promise.all(slots.map((slot) => slot.worker.terminate()));
      },
    };
  };
}

/**
 * The pool for this installation, or null: the compiled worker must sit in this package's
 * `dist/` beside the code running now (from the sources, through tsx, there is none to run), and
 * the machine must have a core to spare. One worker per spare core, at most four (each holds its
 * own copy of the aligner and the detector, about 40 MB).
 */
export function defaultAnalysisPool(): AnalyserFactory | null {
  const cores = availableParallelism();
  if (cores < 2) return null;
  const entry = compiledWorker(fileURLToPath(import.meta.url));
  if (entry === null) return null;
  return createAnalysisPool({ entry, size: Math.min(4, cores - 1) });
}

function compiledWorker(modulePath: string): URL | null {
  for (let dir = dirname(modulePath); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
    if (name !== 'rubricate') return null;
    const inDist = modulePath.startsWith(`${join(dir, 'dist')}${sep}`);
    const worker = join(dir, 'dist', 'run', 'analyse-worker.js');
    return inDist && existsSync(worker) ? pathToFileURL(worker) : null;
  }
  return null;
}
