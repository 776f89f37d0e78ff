import type { Logger } from 'pino';
import type { AlignOptions } from '../align/align-options.ts';
import type { Rubric } from '../rubric/schema.ts';
import type { Transcript } from '../transcript/schema.ts';
import { analyseTranscript, type TranscriptAnalysis } from './analyse-transcript.ts';

/** Where a run's transcripts are aligned and scanned for injection (see `analyseTranscript`). */
export interface Analyser {
  analyse(transcript: Transcript): Promise<TranscriptAnalysis>;
  /** How many transcripts it works on at once (how far a feed should read ahead for it). */
  readonly parallel: number;
  /** Transcripts analysed on the calling thread (all of them, without workers). */
  onCallingThread(): number;
  /** Transcripts analysed on the calling thread after all because a worker died. */
  handedBack(): number;
  /** Why workers stopped, if any did. */
  errors(): readonly string[];
  close(): Promise<void>;
}

/** Makes a run's analyser once its rubric and alignment options are known. */
export type AnalyserFactory = (rubric: Rubric, alignOptions: Partial<AlignOptions>) => Analyser;

/** Analysis on the calling thread: tests, `--dry-run`, the sources run through tsx, one-core machines. */
export const inThreadAnalyser: AnalyserFactory = (rubric, alignOptions) => {
  let analysed = 0;
  return {
    analyse: async (transcript) => {
      analysed += 1;
      return analyseTranscript(transcript, rubric, alignOptions);
    },
    parallel: 1,
    handedBack: () => 0,
    onCallingThread: () => analysed,
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
    { parallel: analyser.parallel, onCallingThread: analyser.onCallingThread() },
    'transcripts analysed (aligned, scanned for injection)',
  );
  if (analyser.handedBack() > 0)
    logger.warn(
      { errors: analyser.errors() },
      `${analyser.handedBack()} transcript(s) analysed on the main thread after a worker thread stopped`,
    );
}
