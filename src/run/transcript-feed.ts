import type { Transcript } from '../transcript/schema.ts';
import type { TranscriptAnalysis } from './analyse-transcript.ts';
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

/** A transcript with its alignment and detection done. */
export interface AnalysedTranscript {
  readonly transcript: Transcript;
  readonly analysis: TranscriptAnalysis;
}

/** The transcripts of a feed, each with its analysis, in the feed's order. */
export interface AnalysedFeed {
  next(): Promise<AnalysedTranscript | null>;
}

/**
 * Reads `feed` ahead and hands each transcript to `analyser` as it is read, keeping twice the
 * analyser's parallelism (plus one) in its hands: worker threads analyse the next transcripts
 * while the caller judges this one. Order is the feed's.
 */
export function analyseAhead(feed: TranscriptFeed, analyser: Analyser): AnalysedFeed {
  const ahead = analyser.parallel * 2 + 1;
  const queue: { transcript: Transcript; analysis: Promise<TranscriptAnalysis> }[] = [];
  let exhausted = false;
  return {
    async next() {
      while (!exhausted && queue.length < ahead) {
        const transcript = await feed.next();
        if (transcript === null) {
          exhausted = true;
          break;
        }
        const analysis = analyser.analyse(transcript);
        // Awaited when its turn comes; until then a rejection must not count as unhandled.
        analysis.catch(() => undefined);
        queue.push({ transcript, analysis });
      }
      const head = queue.shift();
      if (head === undefined) return null;
      return { transcript: head.transcript, analysis: await head.analysis };
    },
  };
}
