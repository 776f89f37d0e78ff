import type { Transcript } from '../transcript/schema.ts';
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
