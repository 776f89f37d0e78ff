import type { Logger } from 'pino';
import type { AlignOptions } from '../align/align-options.ts';
import type { Rubric } from '../rubric/schema.ts';
import type { Transcript } from '../transcript/schema.ts';
import type { PendingAnalysis } from './analyse-transcript.ts';

/** Where a run's transcripts are aligned and scanned for injection (see `analyseTranscript` in `detect-items.ts`). */
export interface Analyser {
  /** Starts one transcript's analysis: its alignment settles first, its detection after. */
  analyse(transcript: Transcript): PendingAnalysis;
  /** How many transcripts it works on at once (how far a feed should read ahead for it). */
  readonly parallel: number;
  /** Transcripts analysed on the calling thread (all of them, without workers). */
  onCallingThread(): number;
  /** Transcripts aligned on the calling thread (those analysed there, and those read before a worker had loaded). */
  alignedOnCallingThread(): number;
  /** Transcripts analysed on the calling thread after all because a worker died. */
  handedBack(): number;
  /** Why workers stopped, if any did. */
  errors(): readonly string[];
  close(): Promise<void>;
}

/** Makes a run's analyser once its rubric and alignment options are known. */
export type AnalyserFactory = (rubric: Rubric, alignOptions: Partial<AlignOptions>) => Analyser;

/**
 * Analysis on the calling thread: short runs, the sources run through tsx, one-core machines.
 * Alignment and detection both run at once, before the transcript's calls go out: detection
 * deferred until after them would block the event loop while they are in flight (its cold start
 * is about half a second), and a timer due meanwhile fires before the reply is read.
 */
export const inThreadAnalyser: AnalyserFactory = (rubric, alignOptions) => {
  let analysed = 0;
  return {
    analyse: (transcript) => {
      analysed += 1;
      // (The detector loads with the first transcript: a command that analyses none never loads it.)
      const analysis = import('./detect-items.ts').then(({ analyseTranscript }) =>
        analyseTranscript(transcript, rubric, alignOptions),
      );
      return { slots: analysis.then((a) => a.slots), reports: analysis.then((a) => a.reports) };
    },
    parallel: 1,
    handedBack: () => 0,
    onCallingThread: () => analysed,
    alignedOnCallingThread: () => analysed,
    errors: () => [],
    close: async () => {},
  };
};

/**
 * Below this many transcripts a run analyses on its own thread: a worker takes about 1.2 s to
 * load and compile the detector before its first transcript, while the calling thread spends
 * about 0.9 s on the same compiling and then ~12 ms a transcript, so a worker pays off only once
 * it has taken several dozen transcripts off the main thread. Measured: a one-transcript `score`
 * 1.81 s with a worker, 1.25 s without; `npm run demo` (16 transcripts) 2.86 s with, 2.30 s without.
 */
export const WORKERS_FROM_TRANSCRIPTS = 50;

/** The analyser for a run expected to read `transcripts` files: the deps' workers for a long run. */
export function analyserFor(transcripts: number, workers: AnalyserFactory | undefined): AnalyserFactory {
  return transcripts >= WORKERS_FROM_TRANSCRIPTS && workers !== undefined ? workers : inThreadAnalyser;
}

/** Stops the analyser's threads and logs where transcripts were analysed (and why, if a worker stopped). */
export async function closeAnalyser(analyser: Analyser, logger: Logger): Promise<void> {
  await analyser.close();
  logger.info(
    {
      parallel: analyser.parallel,
      onCallingThread: analyser.onCallingThread(),
      alignedOnCallingThread: analyser.alignedOnCallingThread(),
    },
    'transcripts analysed (aligned, scanned for injection)',
  );
  if (analyser.handedBack() > 0)
    logger.warn(
      { errors: analyser.errors() },
      `${analyser.handedBack()} transcript(s) analysed on the main thread after a worker thread stopped`,
    );
}
