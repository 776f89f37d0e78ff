import { stemWord } from '../lexicon/stem-word.ts';
import { allMatches } from '../text/all-matches.ts';

/** Words with nothing but spaces, line breaks or commas between them: where a run of slugs can be. */
const BARE_RUN =
  /(?<![\p{L}\p{N}-])(?:[\p{L}\p{N}][\p{L}\p{N}-]{0,60}(?:[ \t\n]{1,5}|,[ \t]{0,3})){4,}[\p{L}\p{N}][\p{L}\p{N}-]{0,60}/gu;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}-]*/gu;
/** A run: this many words at least, this many of them slugs, naming this many distinct terms. */
const RUN_WORDS = 5;
const RUN_SLUGS = 3;
const RUN_TERMS = 4;

/**
 * Rubric terms written as slugs one after another with no word between them
 * ("chaos-engineering failure-injection integration-testing observability distributed-tracing …",
 * on one line, one per line or parted by commas, as in `COMPOSE_PROFILES=…`): the terms sit inside hyphenated compounds, where a word-by-word
 * reading does not see them. A stretch between two words that make a clause (`breaks`: "is",
 * "the", "we" …) counts when it has five words or more, three of them slugs, and its words' parts
 * name four distinct terms, in two words of five at least; a list of services ("user-service
 * address-service email-service …") names one term. Linear: one pass of a regex whose words and
 * gaps are disjoint, then one pass over each run's words.
 */
export function findSlugRuns(
  text: string,
  terms: ReadonlySet<string>,
  breaks: (word: string) => boolean,
): { start: number; end: number }[] {
  if (!/[\p{L}\p{N}]-[\p{L}\p{N}]/u.test(text)) return [];
  const spans: { start: number; end: number }[] = [];
  for (const run of allMatches(BARE_RUN, text)) {
    let stretch: RegExpExecArray[] = [];
    const close = () => {
      if (counts(stretch, terms)) {
        const last = stretch.at(-1) as RegExpExecArray;
        spans.push({
          start: run.index + (stretch[0]?.index ?? 0),
          end: run.index + last.index + last[0].length,
        });
      }
      stretch = [];
    };
    for (const word of allMatches(TOKEN, run[0])) {
      if (breaks(word[0].toLowerCase())) close();
      else stretch.push(word);
    }
    close();
  }
  return spans;
}

function counts(stretch: readonly RegExpExecArray[], terms: ReadonlySet<string>): boolean {
  if (stretch.length < RUN_WORDS) return false;
  if (stretch.filter((word) => word[0].includes('-')).length < RUN_SLUGS) return false;
  const named = new Set<string>();
  let naming = 0;
  for (const word of stretch) {
    const found = word[0]
      .toLowerCase()
      .split('-')
      .map(stemWord)
      .filter((stem) => terms.has(stem));
    if (found.length > 0) naming += 1;
    for (const stem of found) named.add(stem);
  }
  return named.size >= RUN_TERMS && naming >= stretch.length * 0.4;
}
