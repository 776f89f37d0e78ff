import type { ItemResult } from '../aggregate/schema.ts';
import { RubricateError } from '../errors.ts';
import { transcriptIdFor } from '../transcript/transcript-id.ts';
import type { Comparison, GoldLabel, RunRating } from './schema.ts';

const keyOf = (transcript: string, question: string): string => JSON.stringify([transcript, question]);

/**
 * Pairs every gold label with the run's item of the same (transcript id, question); a label's
 * transcript may be a file name (`01-alex.txt` is the id `01-alex`). A label with
 * no item gets `run: null`. Two items with one key (two files sharing a transcript id) make the
 * labels ambiguous, so that throws rather than silently picking one.
 */
export function compareLabels(items: readonly ItemResult[], labels: readonly GoldLabel[]): Comparison[] {
  const byKey = new Map<string, ItemResult>();
  for (const item of items) {
    const key = keyOf(item.transcript, item.question);
    const other = byKey.get(key);
    if (other !== undefined) {
      throw new RubricateError(
        'run_invalid',
        `Expected one item per (transcript, question), but \`${other.transcriptPath}\` and \`${item.transcriptPath}\` both have the transcript id \`${item.transcript}\`; rename one so gold labels can tell them apart.`,
      );
    }
    byKey.set(key, item);
  }
  return labels.map((label) => {
    // Labels built in code may name the file rather than the id; `parseLabels` already strips it.
    const transcript = transcriptIdFor(label.transcript);
    const item = byKey.get(keyOf(transcript, label.question));
    return {
      transcript,
      question: label.question,
      gold: label.rating,
      run: item === undefined ? null : runRatingOf(item),
      needsReview: item?.needsReview ?? false,
      reviewReasons: item === undefined ? [] : [...item.reviewReasons],
      line: label.line,
    };
  });
}

/** The run's answer for an item. A `scored` item without a rating is read as failed (fail closed). */
function runRatingOf(item: ItemResult): RunRating {
  if (item.status === 'scored') return item.rating ?? 'failed';
  return item.status;
}

/** How many items no label speaks about. */
export function countUnlabelled(items: readonly ItemResult[], labels: readonly GoldLabel[]): number {
  const labelled = new Set(labels.map((label) => keyOf(transcriptIdFor(label.transcript), label.question)));
  return items.filter((item) => !labelled.has(keyOf(item.transcript, item.question))).length;
}
