import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AnswerSlot } from '../align/schema.ts';
import { alignTranscript, type DetectionReports, type PendingAnalysis } from '../run/analyse-transcript.ts';
import type { Analyser, AnalyserFactory } from '../run/analyser.ts';
import type { Transcript } from '../transcript/schema.ts';

/** A pool's analyser. */
export interface PooledAnalyser extends Analyser {
  /** Resolves once every worker has loaded (or stopped). */
  whenReady(): Promise<void>;
}

interface Pending {
  readonly transcript: Transcript;
  /** Its alignment, once the worker has sent it. */
  slots?: readonly AnswerSlot[];
  readonly resolveSlots: (slots: readonly AnswerSlot[]) => void;
  readonly resolveReports: (reports: DetectionReports) => void;
  readonly reject: (error: Error) => void;
}

/** A worker's messages: loaded; a transcript's alignment, then its detection; or why it failed. */
type Reply =
  | { readonly ready: true }
  | { readonly id: number; readonly slots: readonly AnswerSlot[] }
  | { readonly id: number; readonly reports: DetectionReports }
  | { readonly id: number; readonly error: string };

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
  alive: boolean;
  /** It has said it loaded. */
  ready: boolean;
  /** Resolves at its first message or its exit. */
  readonly settled: Promise<void>;
}

/**
 * Analysis in `size` worker threads running `entry` (the compiled `analyse-worker`): alignment
 * and detection are most of a transcript's CPU, and on the main thread they stall the event loop
 * the calls and the offline judge need. The workers start with the analyser (they load while the
 * run sets up its judges and journal); each transcript goes to the worker with the least work (one
 * sent before a worker has loaded waits for it, except the first, aligned here). A worker sends a
 * transcript's alignment as soon as it has it and aligns newcomers before it goes on detecting,
 * so calls go out while the detector is still compiling its patterns.
 * Analysing (aligning and detecting) on the calling thread until a worker had loaded was tried:
 * the main thread then compiles the detector's patterns too, and a run at zero latency was about
 * 9% slower; a run too short for workers to pay off gets none instead (`analyserFor`).
 * A worker keeps the process alive only while it has work, so a run that stops before closing
 * the analyser does not hang. A worker that dies (out of memory, killed) hands its transcripts
 * back to the calling thread, and so does every later one if none is left; an analysis that
 * throws rejects (a bug, as in-thread).
 */
export function createAnalysisPool(options: {
  readonly entry: URL;
  readonly size: number;
}): (...args: Parameters<AnalyserFactory>) => PooledAnalyser {
  return (rubric, alignOptions) => {
    let closing = false;
    let nextId = 0;
    let handedBack = 0;
    let here = 0;
    const errors: string[] = [];
    const size = Math.max(1, options.size);

    const inThread = (waiting: Pending) => {
      here += 1;
      const fail = (error: unknown) =>
        waiting.reject(error instanceof Error ? error : new Error(String(error)));
      try {
        const aligned = waiting.slots ?? alignTranscript(waiting.transcript, rubric, alignOptions);
        waiting.resolveSlots(aligned);
        // (The detector is loaded on this thread only when a transcript is handed back to it.)
        import('../run/detect-items.ts')
          .then(({ detectTranscript }) =>
            waiting.resolveReports(detectTranscript(waiting.transcript, rubric, aligned)),
          )
          .catch(fail);
      } catch (error) {
        fail(error);
      }
    };
    let alignedHere = 0;
    /** Aligns `waiting` on this thread and settles its alignment; null if that threw (it is rejected). */
    const alignHere = (waiting: Pending): readonly AnswerSlot[] | null => {
      try {
        const aligned = alignTranscript(waiting.transcript, rubric, alignOptions);
        alignedHere += 1;
        waiting.slots = aligned;
        waiting.resolveSlots(aligned);
        return aligned;
      } catch (error) {
        waiting.reject(error instanceof Error ? error : new Error(String(error)));
        return null;
      }
    };
    const onReply = (slot: Slot, reply: Reply) => {
      // `{ ready: true }` says it has loaded (what `whenReady` waits for).
      if ('ready' in reply) {
        slot.ready = true;
        return;
      }
      const waiting = slot.pending.get(reply.id);
      if (waiting === undefined) return;
      if ('slots' in reply) {
        waiting.slots = reply.slots;
        waiting.resolveSlots(reply.slots);
        return;
      }
      slot.pending.delete(reply.id);
      if (slot.pending.size === 0) slot.worker.unref();
      if ('reports' in reply) waiting.resolveReports(reply.reports);
      else
        waiting.reject(new Error(`analysis of ${waiting.transcript.id} failed in a worker: ${reply.error}`));
    };
    const startSlot = (): Slot => {
      const worker = new Worker(options.entry, { workerData: { rubric, alignOptions } });
      worker.unref();
      const slot: Slot = {
        worker,
        pending: new Map(),
        alive: true,
        ready: false,
        settled: new Promise<void>((resolve) => {
          worker.once('message', () => resolve());
          worker.once('exit', () => resolve());
        }),
      };
      worker.on('message', (reply: Reply) => onReply(slot, reply));
      const lost = (error?: unknown) => {
        if (!slot.alive) return;
        slot.alive = false;
        errors.push(error instanceof Error ? error.message : 'the worker exited');
        handedBack += slot.pending.size;
        for (const waiting of slot.pending.values()) inThread(waiting);
        slot.pending.clear();
      };
      worker.on('error', lost);
      worker.on('exit', (code) => {
        if (!closing) lost(new Error(`the worker exited with code ${code}`));
      });
      return slot;
    };
    const workers = Array.from({ length: size }, startSlot);

    return {
      parallel: size,
      handedBack: () => handedBack,
      onCallingThread: () => here,
      alignedOnCallingThread: () => alignedHere + here,
      whenReady: async () => {
        await Promise.all(workers.map((slot) => slot.settled));
      },
      errors: () => [...errors],
      analyse: (transcript): PendingAnalysis => {
        let resolveSlots: Pending['resolveSlots'] = () => undefined;
        let resolveReports: Pending['resolveReports'] = () => undefined;
        let reject: Pending['reject'] = () => undefined;
        const slots = new Promise<readonly AnswerSlot[]>((resolve, fail) => {
          resolveSlots = resolve;
          reject = fail;
        });
        const reports = new Promise<DetectionReports>((resolve, fail) => {
          resolveReports = resolve;
          const failSlots = reject;
          // A failure before the alignment fails both; after it, only the detection.
          reject = (error) => {
            failSlots(error);
            fail(error);
          };
        });
        const waiting: Pending = { transcript, resolveSlots, resolveReports, reject };
        const slot = workers
          .filter((s) => s.alive)
          .reduce<Slot | undefined>(
            (best, s) => (best === undefined || s.pending.size < best.pending.size ? s : best),
            undefined,
          );
        // No worker left (each died): this thread does it.
        if (slot === undefined || closing) {
          handedBack += 1;
          inThread(waiting);
          return { slots, reports };
        }
        // The first transcript, when no worker has loaded yet, is aligned here: its calls can go
        // while the workers load. Aligning more here was measured slower: this thread's event
        // loop then holds up the first calls (aligning is slow until V8 has compiled it).
        const ready = workers.some((s) => s.alive && s.ready);
        const aligned = ready || nextId > 0 ? undefined : alignHere(waiting);
        if (aligned === null) return { slots, reports };
        const id = nextId++;
        slot.pending.set(id, waiting);
        slot.worker.ref();
        slot.worker.postMessage({ id, transcript, ...(aligned === undefined ? {} : { slots: aligned }) });
        return { slots, reports };
      },
      close: async () => {
        closing = true;
        await Promise.all(workers.map((slot) => slot.worker.terminate()));
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
    if (!inDist) return null;
    // The bundled worker (scripts/bundle-cli.mjs) when there is one: it starts in a fraction of the
    // time tsc's one module per file takes; else tsc's.
    const worker = [
      join(dir, 'dist', 'rubricate-worker.js'),
      join(dir, 'dist', 'run', 'analyse-worker.js'),
    ].find((path) => existsSync(path));
    return worker === undefined ? null : pathToFileURL(worker);
  }
  return null;
}
