import type { AlignOptions } from './align-options.ts';
import { type Posting, PREFIX_HEAD, type QuestionIndex } from './build-question-index.ts';

/**
 * Scores a text (its content stems) against every question: the IDF- and field-weighted share of
 * the question's words the text contains, relative to the question text's own weight. Coverage,
 * not cosine, because interviewers wrap a question in small talk that should not dilute it.
 *
 * A question's stem the text lacks still counts `prefixWeight` of its weight when the text holds
 * a relative of it: one stem a prefix of the other, both of `PREFIX_HEAD` letters or more (below
 * that, `test` ~ `testament` and `part` ~ `partial` noise dominates), the relative not itself a
 * word of the question (a text word already matched exactly is not credited again).
 *
 * Read from the text's side (`index.postings`): a text holds a few dozen stems, a rubric some
 * thousands, and this runs for every block, part and reply of every transcript. Each question's
 * credits are summed in its document's order, exact ones first, so that the scores are the same
 * numbers whichever order the text names its words in.
 */
export function scoreStems(
  stems: ReadonlySet<string>,
  index: QuestionIndex,
  options: Readonly<AlignOptions>,
): number[] {
  const count = index.weights.length;
  const exact: Posting[][] = Array.from({ length: count }, () => []);
  for (const stem of stems)
    for (const posting of index.postings.get(stem) ?? []) exact[posting.question]?.push(posting);
  const related: Posting[][] = Array.from({ length: count }, () => []);
  if (options.prefixWeight > 0) {
    // The text's stems by their first letters: two stems of one family share them.
    const families = new Map<string, string[]>();
    for (const stem of stems) {
      if (stem.length < PREFIX_HEAD) continue;
      const head = stem.slice(0, PREFIX_HEAD);
      const list = families.get(head);
      if (list === undefined) families.set(head, [stem]);
      else list.push(stem);
    }
    for (const [head, kin] of families)
      for (const posting of index.headPostings.get(head) ?? []) {
        if (stems.has(posting.stem)) continue;
        const doc = index.weights[posting.question];
        if (kin.some((other) => !doc?.has(other) && sameFamily(posting.stem, other)))
          related[posting.question]?.push(posting);
      }
  }
  const scores: number[] = [];
  for (let question = 0; question < count; question++) {
    let total = 0;
    let ownWords = false;
    for (const posting of inDocumentOrder(exact[question] ?? [])) {
      total += posting.weight * posting.idf;
      ownWords ||= posting.weight >= 1;
    }
    for (const posting of inDocumentOrder(related[question] ?? [])) {
      total += options.prefixWeight * posting.weight * posting.idf;
      ownWords ||= posting.weight >= 1;
    }
    // Flag words alone ("What changed after?" ~ "when changes require coordination") are weak evidence.
    const factor = ownWords ? 1 : options.flagOnlyFactor;
    scores.push((factor * total) / (index.norms[question] ?? 1));
  }
  return scores;
}

/** Whether two stems are of one family: one is a prefix of the other (`fail` ~ `failur`). */
function sameFamily(a: string, b: string): boolean {
  if (a.length < PREFIX_HEAD || b.length < PREFIX_HEAD) return false;
  return a.startsWith(b) || b.startsWith(a);
}

function inDocumentOrder(postings: Posting[]): Posting[] {
  return postings.length > 1 ? postings.sort((a, b) => a.position - b.position) : postings;
}
