import type { AnswerSlot } from '../align/schema.ts';
import type { Transcript } from '../transcript/schema.ts';
import type { DetectionReports, PendingAnalysis } from './analyse-transcript.ts';
import type { Analyser } from './analyser.ts';
import type { TranscriptFeed } from './judge-transcripts.ts';
import type { JudgeJob } from './plan-jobs.ts';
import type { ReadInput } from './read-transcripts.ts';

/** Every judge job of a run, for the Batch API stage (files that cannot be read are told of later). */
export async function planEveryJob(
  reader: AsyncGenerator<ReadInput>,
  planOf: (transcript: Transcript) => { readonly jobs: readonly JudgeJob[] },
): Promise<JudgeJob[]> {
  const jobs: JudgeJob[] = [];
  for await (const read of reader) if (read.transcript !== null) jobs.push(...planOf(read.transcript).jobs);
  return jobs;
}

/**
 * The readable transcripts of a run, one at a time, telling `onInput` about every file (read or
 * not) as it goes; `hasAny` reads ahead to the first readable one.
 */
export function createFeed(
  reader: AsyncGenerator<ReadInput>,
  onInput: (read: ReadInput) => void,
): TranscriptFeed & { hasAny(): Promise<boolean> } {
  let ahead: Transcript | null | undefined;
  const pull = async (): Promise<Transcript | null> => {
    for (;;) {
      const step = await reader.next();
      if (step.done) return null;
      onInput(step.value);
      if (step.value.transcript !== null) return step.value.transcript;
    }
  };
  return {
    async hasAny() {
      ahead ??= await pull();
      return ahead !== null;
    },
    async next() {
      if (ahead !== undefined) {
        const value = ahead;
        ahead = undefined;
        return value;
      }
      return pull();
    },
  };
}

/** A transcript with its alignment done and its detection under way. */
export interface AnalysedTranscript {
  readonly transcript: Transcript;
  readonly slots: readonly AnswerSlot[];
  readonly reports: Promise<DetectionReports>;
}

/** The transcripts of a feed, each with its analysis, in the feed's order. */
export interface AnalysedFeed {
  next(): Promise<AnalysedTranscript | null>;
}

/**
 * Reads `feed` ahead and hands each transcript to `analyser` as it is read, so that worker
 * threads analyse the next transcripts while the caller judges this one. It keeps twice the
 * analyser's parallelism (plus one) in its hands, or enough transcripts for two rounds of
 * `calls.inFlight` calls if that is more: the first calls then go out together, and detection's
 * slow start does not leave call slots idle. Each comes once aligned; order is the feed's.
 */
export function analyseAhead(
  feed: TranscriptFeed,
  analyser: Analyser,
  calls: { readonly inFlight: number; readonly perTranscript: number } = { inFlight: 0, perTranscript: 1 },
): AnalysedFeed {
  const ahead = Math.max(
    analyser.parallel * 2 + 1,
    Math.ceil((2 * calls.inFlight) / Math.max(1, calls.perTranscript)),
  );
  const queue: { transcript: Transcript; analysis: PendingAnalysis }[] = [];
  let exhausted = false;
  let reading = false;
  let readError: { readonly error: unknown } | null = null;
  let wake: (() => void) | null = null;
  // One reader, in the background: the caller gets each transcript as soon as it is aligned,
  // not once the read-ahead is full.
  const readAhead = async () => {
    if (reading) return;
    reading = true;
    try {
      while (!exhausted && queue.length < ahead) {
        const transcript = await feed.next();
        if (transcript === null) exhausted = true;
        else {
          const analysis = analyser.analyse(transcript);
          // Awaited when its turn comes; until then a rejection must not count as unhandled.
          analysis.slots.catch(() => undefined);
          analysis.reports.catch(() => undefined);
          queue.push({ transcript, analysis });
        }
        wake?.();
      }
    } catch (error) {
      // Passed on once the transcripts read before it have been taken.
      readError = { error };
      exhausted = true;
      wake?.();
    } finally {
      reading = false;
    }
  };
  return {
    async next() {
      void readAhead();
      while (queue.length === 0 && !exhausted)
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      const head = queue.shift();
      if (head === undefined) {
        if (readError !== null) throw readError.error;
        return null;
      }
      void readAhead();
      return {
        transcript: head.transcript,
        slots: await head.analysis.slots,
        reports: head.analysis.reports,
      };
    },
  };
}
