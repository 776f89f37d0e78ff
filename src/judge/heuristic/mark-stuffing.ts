import { isStopWord } from './extract-concepts.ts';
import type { Token } from './tokenize-text.ts';

/** Words that join list items; they are separators here, not grammar. */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'nor', 'plus', 'also', 'etc']);
const SEPARATORS: ReadonlySet<string> = new Set([',', ';', '/', '(', ')']);

/** A sentence that labels a list of terms ("Keywords: …", "Topics - …"). */
const LABELLED_LIST =
  /^\s*(?:key\s*words?|key\s+(?:terms?|concepts?|points?)|terms?|topics?|buzz\s*words?|tags?|concepts?|skills?|tl;?dr)\s*[:\-\u2013\u2014]/i;

/** A list this long with this few grammar words is a run of terms, not a sentence. */
const DENSE_LIST_ITEMS = 5;
const DENSE_LIST_FUNCTION_SHARE = 0.15;
/** Three or more bare fragments in a row ("Retries. Timeouts. Idempotency.") make a list too. */
const FRAGMENT_RUN = 3;
const FRAGMENT_MAX_WORDS = 3;

/** The shape of one sentence that `markStuffing` needs. */
export interface SentenceForm {
  readonly text: string;
  readonly tokens: readonly Token[];
}

/**
 * Which sentences merely list terms (keyword stuffing aimed at a lexical judge): a labelled list
 * ("Keywords: retries, backoff, …"), a list of three or more items with no grammar word at all
 * (no subject, verb, article or preposition: terms with no predicate), a long list with almost
 * no grammar, or a run of bare fragments. Such sentences are not evidence for any flag, so an
 * answer with the list can never score above the same answer without it. A sentence that says
 * something about its terms ("We retry with backoff, and time out after two seconds") has grammar
 * words and is kept.
 */
export function markStuffing(sentences: readonly SentenceForm[]): boolean[] {
  const forms = sentences.map(describe);
  const stuffed = forms.map(
    (form, index) =>
      LABELLED_LIST.test(sentences[index]?.text ?? '') ||
      (form.items >= 3 && form.words >= 3 && form.functionWords === 0) ||
      (form.items >= DENSE_LIST_ITEMS &&
        form.functionWords / Math.max(1, form.words) < DENSE_LIST_FUNCTION_SHARE),
  );
  let runStart = 0;
  for (let index = 0; index <= forms.length; index += 1) {
    const form = forms[index];
    if (form !== undefined && form.words > 0 && form.words <= FRAGMENT_MAX_WORDS && form.functionWords === 0)
      continue;
    if (index - runStart >= FRAGMENT_RUN) stuffed.fill(true, runStart, index);
    runStart = index + 1;
  }
  return stuffed;
}

function describe(sentence: SentenceForm): { words: number; functionWords: number; items: number } {
  let words = 0;
  let functionWords = 0;
  let separators = 0;
  for (const token of sentence.tokens) {
    if (token.kind === 'punct') {
      if (SEPARATORS.has(token.text)) separators += 1;
    } else if (COORDINATORS.has(token.text)) {
      separators += 1;
    } else {
      words += 1;
      if (isStopWord(token.text)) functionWords += 1;
    }
  }
  return { words, functionWords, items: words === 0 ? 0 : separators + 1 };
}
