import type { AlignOptions } from './align-options.ts';
import type { QuestionIndex } from './build-question-index.ts';

/** Shortest stem that may match another by prefix: below this, `test` ~ `testament` and `part` ~ `partial` noise dominates. */
const MIN_PREFIX_LENGTH = 5;

/** Whether two stems are of one family: one is a prefix of the other (`fail` ~ `failur`). */
function sameFamily(a: string, b: string): boolean {
  if (a.length < MIN_PREFIX_LENGTH || b.length < MIN_PREFIX_LENGTH) return false;
  return a.startsWith(b) || b.startsWith(a);
}

/**
 * Scores a text (its content stems) against every question: the IDF- and field-weighted share of
 * the question's words the text contains, relative to the question text's own weight. Coverage,
 * not cosine, because interviewers wrap a question in small talk that should not dilute it.
 */
export function scoreStems(
  stems: ReadonlySet<string>,
  index: QuestionIndex,
  options: Readonly<AlignOptions>,
): number[] {
  // The text's stems by their first MIN_PREFIX_LENGTH letters: two stems of one family share them.
  const families = new Map<string, string[]>();
  if (options.prefixWeight > 0)
    for (const stem of stems) {
      if (stem.length < MIN_PREFIX_LENGTH) continue;
      const head = stem.slice(0, MIN_PREFIX_LENGTH);
      const list = families.get(head);
      if (list === undefined) families.set(head, [stem]);
      else list.push(stem);
    }
  return index.weights.map((doc, questionIndex) => {
    let total = 0;
    let ownWords = false;
    const partial: string[] = [];
    for (const [stem, weight] of doc) {
      if (!stems.has(stem)) partial.push(stem);
      else {
        total += weight * (index.idf.get(stem) ?? 0);
        ownWords ||= weight >= 1;
      }
    }
    if (options.prefixWeight > 0) {
      // A text word already matched exactly is not credited again as a relative of another word.
      for (const stem of partial) {
        const kin = families.get(stem.slice(0, MIN_PREFIX_LENGTH));
        if (kin?.some((other) => !doc.has(other) && sameFamily(stem, other))) {
          const weight = doc.get(stem) ?? 0;
          total += options.prefixWeight * weight * (index.idf.get(stem) ?? 0);
          ownWords ||= weight >= 1;
        }
      }
    }
    // Flag words alone ("What changed after?" ~ "when changes require coordination") are weak evidence.
    const factor = ownWords ? 1 : options.flagOnlyFactor;
    return (factor * total) / (index.norms[questionIndex] ?? 1);
  });
}
