import { defaultWordNet } from '../lexicon/default-wordnet.ts';
import { isPureVerb } from '../lexicon/is-word.ts';
import { stemWord } from '../lexicon/stem-word.ts';
import { allMatches } from '../text/all-matches.ts';
import { findSlugRuns } from './find-slug-runs.ts';

/** Words that make a clause: with any of these, a list of terms is being said, not dumped. */
export const PREDICATE: ReadonlySet<string> = new Set(
  "am is are was were be been being have has had do does did use uses used using add adds added build built make makes made would will can could should shall may might must need needs needed implement implemented handle handled keep kept put set run runs ran try tried prefer chose choose i we you they he she it this that these those there which because so when then if since while where who whom whose what how our my your their its i'd i'm i've i'll we'd we're we've we'll you're you'd you've you'll they're they'd they've they'll he's she's it's it'll that's there's exists exist don't didn't doesn't won't can't isn't aren't wasn't weren't".split(
    ' ',
  ),
);

/** What logs and code have and named terms do not: brackets, underscores, signs, numbers with units. */
const LOG_MARK = /[[\]_=<>{}+]|\d/;

interface Word {
  readonly start: number;
  readonly end: number;
  readonly stem: string;
  readonly lower: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** A short label heading a list: "Rebuild:", "Don't rebuild:" (three words at most). */
const LEAD_LABEL = /^[\p{L}'’ ,-]{1,30}:\s/u;
/** Words every said sentence has some of ("Omitting the base case or calling the step" is said; a dump has none). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'the a an of or and to as is are be it its that this than then not no'.split(' '),
);
/** A word relating an item to something else: an item holding one says how, it does not just name. */
export const RELATION =
  /\b(?:with|on|at|in|for|by|after|before|per|via|from|into|under|over|until|within|without|only|when|against|through|across|between)\b/i;
const LIST_LABEL =
  /^(?:key\s{1,5}|related\s{1,5}|relevant\s{1,5})?(?:keywords|key\s{1,5}terms|buzzwords|tags|topics|concepts|terms)(?:\s{1,3}(?:for\s{1,3}completeness|for\s{1,3}the\s{1,3}record|i\s{1,3}(?:apply|use|know|cover)))?\s{0,3}[:\-–—]|\b(?:keywords|key\s{1,5}(?:words|terms|concepts|phrases)|buzzwords)\s{1,5}(?:here\s{1,5})?(?:are|would\s{1,5}be)\b/i;
/**
 * Sentences and list-like clauses; a bare list has no full stop, so newlines and bullets cut too.
 * A dot before a letter ("mock.patch", "v1.2") is inside a name, not a sentence's end.
 */
const SEGMENT = /(?:[^.!?\n;•]|\.(?=\w))+[.!?;]*/g;

/**
 * Spans where rubric terms are listed rather than used: a sentence that is a list of four or
 * more items nearly all of which are terms, with no predicate around them; a sentence whose
 * words are mostly terms (density ≥ 60% with four distinct terms); one term said four times in
 * a sentence made 40% of terms; terms run together without commas, predicate or function word
 * (four distinct, 40% of the words); a list labelled "Keywords:" or "the key terms are"; or three or more short
 * predicate-less fragments in a row that name terms ("Circuit breakers. Idempotency. Retries."). Natural answers name the terms inside clauses that say
 * what was done with them. Linear in the text.
 */
export function findKeywordStuffing(
  text: string,
  flagTerms: readonly string[],
): { start: number; end: number }[] {
  const terms = new Set(flagTerms.map((t) => stemWord(t.toLowerCase())));
  if (terms.size === 0) return [];
  const spans: { start: number; end: number }[] = [];
  // A run of short predicate-less fragments; its fragments that hold a term.
  let run: { start: number; end: number }[] = [];
  const flushRun = () => {
    if (run.length >= 3) spans.push({ start: run[0]?.start ?? 0, end: run.at(-1)?.end ?? 0 });
    run = [];
  };
  const config = configBlocks(text);
  let allWords: number | undefined;
  const wordsElsewhere = (here: number) => {
    allWords ??= allMatches(WORD, text).length;
    return allWords - here;
  };
  for (const segment of allMatches(SEGMENT, text)) {
    const start = segment.index + (segment[0].length - segment[0].trimStart().length);
    const body = segment[0].trim();
    if (body === '') continue;
    // Lines of a config block ("retries: 4", "backoff: exponential") are settings, not fragments.
    if (config.some(([from, to]) => start >= from && start < to)) {
      flushRun();
      continue;
    }
    const end = start + body.length;
    const words: Word[] = allMatches(WORD, body).map((m) => ({
      start: start + m.index,
      end: start + m.index + m[0].length,
      lower: m[0].toLowerCase(),
      stem: stemWord(m[0].toLowerCase().replace(/['’]s$/, '')),
    }));
    if (words.length === 0) continue;
    const isTerm = (w: Word) => terms.has(w.stem);
    const hasPredicate =
      words.some((w) => !isTerm(w) && PREDICATE.has(w.lower)) || imperativeLead(words, isTerm);
    const termWords = words.filter(isTerm);
    const distinct = new Set(termWords.map((w) => w.stem)).size;

    if (words.length <= 5 && !hasPredicate && !/[,/|]/.test(body)) {
      // A fragment that relates its term to something ("Circuit breaker with sensible thresholds?",
      // "Bulkhead — a dedicated pool?") says something of it, as a checklist does; a dumped term
      // stands alone ("Circuit breakers. Idempotency.").
      // A log line ("[chaos] toxiproxy: payments latency +2000ms") is output, not a term.
      const says =
        RELATION.test(body) ||
        LOG_MARK.test(body) ||
        words.some((w) => !isTerm(w) && FUNCTION_WORDS.has(w.lower));
      if (termWords.length > 0 && !says) run.push({ start, end });
      else if (says) flushRun();
      continue;
    }
    flushRun();
    // Every test below needs three or more term words (a label's list three distinct terms, the
    // others four): a sentence with fewer is not stuffing, and most sentences have fewer.
    if (termWords.length < 3) continue;

    // A label before a colon ("Don't rebuild: a, b, c") heads the list; its verb is not the list's.
    const listBody = body.replace(LEAD_LABEL, '');
    const listWords =
      listBody.length < body.length ? allMatches(WORD, listBody).map((m) => m[0].toLowerCase()) : null;
    const listPredicate =
      listWords === null ? hasPredicate : listWords.some((w) => !terms.has(stemWord(w)) && PREDICATE.has(w));
    const items = listBody
      .split(/\s*(?:[,/|·+&]|\band\b|\bor\b)\s*/i)
      .filter((item) => /[\p{L}\p{N}]/u.test(item));
    const termItems = items.filter((item) =>
      allMatches(WORD, item).some((m) => terms.has(stemWord(m[0].toLowerCase()))),
    ).length;
    // A list of bare terms, not of described practices: an expert's "retries with capped
    // exponential backoff, circuit breakers with half-open probing, …" is a list too, but its
    // items say something about each term (few of its words are terms).
    const bare = termWords.length / words.length >= 0.45 || words.length / items.length <= 3;
    // Items that say how ("with exponential backoff", "capped at three attempts", "only on 5xx")
    // describe practices; a dumped list has at most one such item in three.
    const described = items.filter((item) => RELATION.test(item)).length;
    // Four items are a list only where little else is said: inside a substantive answer, "Timeouts,
    // retries with budgets, circuit breakers, bulkheads." sums up what the answer goes on to explain.
    // Under a topic heading ("Fourth, fault injection: latency, errors, killed instances, …") a
    // list is an outline's examples where the answer says more: only little else said makes it a dump.
    const headed = listBody.length < body.length && !LIST_LABEL.test(body);
    const listed =
      ((items.length >= 5 && !headed) ||
        ((items.length >= 4 || headed) && wordsElsewhere(words.length) < 40)) &&
      termItems >= 4 &&
      termItems / items.length >= 0.7 &&
      !listPredicate &&
      bare &&
      described * 3 < items.length;
    // "Keywords: a, b, c" / "Buzzwords - …": a label announcing a list of terms.
    const labelled = LIST_LABEL.test(body) && distinct >= 3;
    // A sentence that restates a flag says it with articles and connectives ("Forgetting the base
    // case or wrongly writing the recursive call"): one word in five or more is a function word.
    const functionWords = words.filter((w) => FUNCTION_WORDS.has(w.lower)).length;
    // A bullet drops its articles, not its verb: "- Most features require coordinated changes
    // across several services" is a clause, its verb a term or not (`isPureVerb`: a verb and nothing else).
    const dense =
      words.length >= 8 &&
      distinct >= 4 &&
      termWords.length / words.length >= 0.6 &&
      functionWords * 5 < words.length &&
      !words.some((w) => isPureVerb(defaultWordNet(), w.lower));
    // Terms run together with no punctuation and nothing to relate them ("Retries timeouts
    // idempotency circuit breakers backoff jitter …"): a list with its commas left out.
    const runOn =
      !hasPredicate &&
      items.length <= 2 &&
      words.length >= 8 &&
      distinct >= 4 &&
      termWords.length / words.length >= 0.4 &&
      !RELATION.test(body) &&
      functionWords === 0;
    const counts = new Map<string, number>();
    for (const w of termWords) counts.set(w.stem, (counts.get(w.stem) ?? 0) + 1);
    const repeated = [...counts.values()].some((n) => n >= 4) && termWords.length / words.length >= 0.4;
    if (listed || labelled || dense || runOn || repeated) spans.push({ start, end });
    else if (distinct >= SPOKEN_RUN_TERMS) spans.push(...spokenRuns(text, words, isTerm));
  }
  flushRun();
  spans.push(...findSlugRuns(text, terms, (word) => PREDICATE.has(word) || FUNCTION_WORDS.has(word)));
  return spans;
}

/** Words that may sit inside a list of terms spoken without punctuation ("separation of concerns", "reads and writes"). */
const IN_TERMS: ReadonlySet<string> = new Set(['of', 'and', 'or', 'versus', 'vs']);
/** A recited run: this many words at least, this many distinct terms, this share of term words. */
const SPOKEN_RUN_WORDS = 8;
const SPOKEN_RUN_TERMS = 6;
const SPOKEN_RUN_SHARE = 0.3;
/** Punctuation between two words that ends a recited run: a label's colon, brackets, dashes, quotes. */
const RUN_BREAK = /[:()[\]{}"“”«»—–]/;

/**
 * Terms recited one after another inside a longer sentence, with commas ("It's the kind of thing
 * where, you know, tests, mocks, temporary patches, …, those are all the words that go with it")
 * or without, as a transcript without punctuation writes a list ("you want to split stuff up um
 * modularization packages clear boundaries dependency injection separation of concerns layering
 * linting yeah so"): a stretch of eight or more words with no predicate, function or relating
 * word, naming six distinct terms, a third of its words terms. Said sentences do not go eight
 * words without one of those words.
 */
function spokenRuns(
  text: string,
  words: readonly Word[],
  isTerm: (word: Word) => boolean,
): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let from = 0;
  for (let index = 0; index <= words.length; index += 1) {
    const word = words[index];
    // A colon, bracket, dash or quotation mark ends a run ("hard constraints: performance, …"
    // labels its list), but the run starts again at the word after it.
    const previous = words[index - 1];
    const marked =
      word !== undefined && previous !== undefined && RUN_BREAK.test(text.slice(previous.end, word.start));
    if (word !== undefined && !marked && !breaksRun(word)) continue;
    const run = words.slice(from, index);
    const terms = run.filter(isTerm);
    // The span runs from the first term to the last: the filler around them is the speaker's.
    const first = terms[0];
    const last = terms.at(-1);
    if (
      run.length >= SPOKEN_RUN_WORDS &&
      new Set(terms.map((w) => w.stem)).size >= SPOKEN_RUN_TERMS &&
      terms.length >= run.length * SPOKEN_RUN_SHARE &&
      first !== undefined &&
      last !== undefined
    )
      spans.push({ start: first.start, end: last.end });
    from = marked && word !== undefined && !breaksRun(word) ? index : index + 1;
  }
  return spans;
}

function breaksRun(word: Word): boolean {
  if (IN_TERMS.has(word.lower)) return false;
  return (
    PREDICATE.has(word.lower) ||
    FUNCTION_WORDS.has(word.lower) ||
    RELATION.test(word.lower) ||
    /['’]/.test(word.lower) ||
    !/^[\p{Script=Latin}\d]/u.test(word.lower)
  );
}

/** A line of settings: `key: value`, `key = value`, `key:`, `- key: value` or `[section]` (YAML, INI, TOML). */
const CONFIG_LINE =
  /^[ \t]{0,12}(?:(?:-[ \t]{1,3})?[A-Za-z_][\w.-]{0,40}[ \t]{0,3}[:=](?:[ \t]{1,3}[^\n]{0,120})?|\[[\w.:\- ]{1,60}\])[ \t]*$/;
/** What only settings have: a number, boolean, null or bracket as the value; a snake_case key; `=`; a `[section]`. */
const SETTING =
  /:[ \t]{1,3}(?:-?\d|true\b|false\b|null\b|yes\b|no\b|\[|\{)|^[ \t]{0,12}[A-Za-z]\w{0,40}_\w{1,40}[ \t]{0,3}[:=]|^[ \t]{0,12}[A-Za-z_][\w.-]{0,40}[ \t]{0,3}=|^[ \t]{0,12}\[[\w.:\- ]{1,60}\][ \t]*$/;

/**
 * Blocks of settings (as [start, end) offsets): three or more settings lines in a row (blank
 * lines between them allowed), one at least with what only a setting has. One pass over the lines.
 */
function configBlocks(text: string): (readonly [number, number])[] {
  if (!/[:=][^\n]{0,120}\n/.test(text)) return [];
  const blocks: (readonly [number, number])[] = [];
  let start = -1;
  let end = -1;
  let lines = 0;
  let setting = false;
  const close = () => {
    if (lines >= 3 && setting) blocks.push([start, end]);
    start = -1;
    lines = 0;
    setting = false;
  };
  for (let at = 0; at <= text.length; ) {
    const newline = text.indexOf('\n', at);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(at, lineEnd);
    if (CONFIG_LINE.test(line)) {
      if (start < 0) start = at;
      end = lineEnd;
      lines += 1;
      setting ||= SETTING.test(line);
    } else if (line.trim() !== '') close();
    if (newline === -1) break;
    at = newline + 1;
  }
  close();
  return blocks;
}

/**
 * A sentence opened by a verb in its base form ("Recover with timeouts, bounded retries, …",
 * "Detect via …"): an order or a terse answer whose list is the verb's object, said rather than
 * dumped. Only a word that is a verb and nothing else counts (`isPureVerb`: "Experienced with …",
 * "Familiar with …" head a skills line, "Cache, …" names a thing), and only a sentence's first word.
 */
function imperativeLead(words: readonly Word[], isTerm: (w: Word) => boolean): boolean {
  const first = words[0];
  if (first === undefined || isTerm(first) || words.length < 3) return false;
  return isPureVerb(defaultWordNet(), first.lower);
}
