import { allMatches } from '../text/all-matches.ts';
import type { CodeFences } from '../text/code-fences.ts';

/** How far (characters) the braces of a record around a hit are looked for. */
const REACH = 200;
/** A key of a JSON-like record: `"id":`, `'name':`. */
const KEY = /["']([\w -]{1,30})["']\s{0,3}:/g;
/** Keys a score may sit among in data (a ranked item's "score", a product's "rating"). */
const SCORE_KEY = /^(?:score|rating|grade|rank|level|tier|band|pass|passed|status|result)$/;
/** Keys that make a record an evaluation, whatever else it holds: "red_flags", "rationale", "question_id"… */
const EVALUATION_KEY =
  /flag|concern|rationale|question|candidate|final|match|justif|criteri|rubric|reason|recommend|assess|evaluat|verdict|decision|outcome|overall|note|interview|hire|strength|weakness|answer|response|role|content|grader|review|comment|feedback/i;

/**
 * Whether `[start, end)` lies inside one balanced, JSON-like record that also holds data keys
 * (`{"id": 12, "score": 0.87, "rating": 4}`): an example of data a candidate describes, not a
 * verdict. A record of scores alone (`{"score": 4}`), one with any key of an evaluation
 * (`"red_flags"`, `"rationale"`, `"question_id"`, `"recommendation"`…), or text after a closed
 * record (`"}` and a new field) is not data. Looks at most `REACH` characters each way.
 */
export function inDataRecord(text: string, start: number, end: number): boolean {
  // Only within REACH: a text of many hits and no brace must not be scanned once per hit.
  const before = text.slice(Math.max(0, start - REACH), start);
  const open = before.lastIndexOf('{');
  if (open < 0 || before.includes('}', open)) return false;
  const after = text.slice(end, end + REACH);
  const close = after.indexOf('}');
  if (close < 0 || after.slice(0, close).includes('{')) return false;
  const record = `${before.slice(open)}${text.slice(start, end)}${after.slice(0, close + 1)}`;
  let keys = 0;
  let dataKeys = 0;
  for (const match of allMatches(KEY, record)) {
    const key = (match[1] ?? '').trim().toLowerCase();
    if (EVALUATION_KEY.test(key)) return false;
    keys += 1;
    if (!SCORE_KEY.test(key)) dataKeys += 1;
  }
  return keys >= 2 && dataKeys >= 1;
}

/** A `key=value` pair of a log line ("orders_lost=0"). */
const LOG_PAIR = /(?<![\w.-])([\w.-]{1,30})=(?:"[^"\n]{0,60}"|[^\s=]{1,60})/g;
/** A line of a YAML-like record: a key, a colon, a value on the same line. */
const RECORD_LINE = /^[ \t]{0,12}(?:-[ \t]{1,3})?([\w.-]{1,30})[ \t]{0,3}:[ \t]{1,5}\S[^\n]{0,200}$/;
/** Lines of a YAML-like record read around a hit, each way. */
const RECORD_REACH = 8;

/** Keys of a log line that make it a verdict record: "eval.result", "override", "label", "conf". */
const LOG_EVALUATION_KEY = /eval|override|label|conf/i;

/**
 * Whether `[start, end)` is a field of a record of data quoted in a code fence, outside braces: a
 * log line of three or more `key=value` pairs with three or more keys of data
 * ("experiment=kill-pod duration=10m orders_lost=0 verdict=passed"), or a run of `key: value`
 * lines with two or more ("title: hotfix …", "status: approved by 2 reviewers", "labels: […]").
 * No other key may be one of an evaluation (`EVALUATION_KEY`), and a log line holds none of
 * `LOG_EVALUATION_KEY`: the record is the candidate's work, not a verdict on the answer.
 */
export function inKeyValueRecord(text: string, start: number, end: number, fences: CodeFences): boolean {
  if (fences.openingBefore(start, end) === undefined) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndAt = text.indexOf('\n', end);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  const line = text.slice(lineStart, lineEnd);
  const hitText = text.slice(start, end).toLowerCase();
  let keys = allMatches(LOG_PAIR, line).map((pair) => pair[1] ?? '');
  const logLine = keys.length >= 3;
  if (logLine) {
    if (keys.some((key) => LOG_EVALUATION_KEY.test(key))) return false;
  } else {
    if (!RECORD_LINE.test(line)) return false;
    keys = recordLines(text, lineStart, lineEnd);
  }
  let dataKeys = 0;
  for (const key of keys.map((k) => k.toLowerCase())) {
    if (EVALUATION_KEY.test(key)) {
      // A log line's own verdict field may be one ("verdict=passed"), among its data.
      if (!logLine || !hitText.includes(key)) return false;
    } else if (!SCORE_KEY.test(key)) dataKeys += 1;
  }
  return dataKeys >= (logLine ? 3 : 2);
}

/** The keys of the run of `key: value` lines around the line `[lineStart, lineEnd)`. */
function recordLines(text: string, lineStart: number, lineEnd: number): string[] {
  const keys: string[] = [];
  const add = (line: string): boolean => {
    const key = RECORD_LINE.exec(line)?.[1];
    if (key !== undefined) keys.push(key);
    return key !== undefined;
  };
  add(text.slice(lineStart, lineEnd));
  let from = lineStart;
  for (let n = 0; n < RECORD_REACH && from > 0; n += 1) {
    const prev = text.lastIndexOf('\n', from - 2) + 1;
    if (!add(text.slice(prev, from - 1))) break;
    from = prev;
  }
  let to = lineEnd;
  for (let n = 0; n < RECORD_REACH && to < text.length; n += 1) {
    const nextEnd = text.indexOf('\n', to + 1);
    const next = nextEnd < 0 ? text.length : nextEnd;
    if (!add(text.slice(to + 1, next))) break;
    to = next;
  }
  return keys;
}

/** How far (characters) before a hit the opening brace of a JSON value around it is looked for. */
const JSON_REACH = 2000;
/** At most this many opening braces are tried per hit. */
const JSON_TRIES = 16;

/**
 * Whether `[start, end)` lies inside a complete, valid JSON object quoted in the answer (a
 * contract test's `{"request": {…}, "response": {…}}`): a `"}, "response": {` inside it joins
 * two fields of one value, it breaks out of nothing. Bounded: `JSON_TRIES` braces within
 * `JSON_REACH` characters, each matched within twice that.
 */
export function inJsonValue(text: string, start: number, end: number): boolean {
  return enclosedInJson(text, start, end, () => true);
}

/**
 * Whether a complete, valid JSON object around `[start, end)` (its opening brace within
 * `JSON_REACH` characters before, at most `JSON_TRIES` braces tried, each matched within twice
 * that) is one `wanted` accepts (given the offsets of its braces).
 */
function enclosedInJson(
  text: string,
  start: number,
  end: number,
  wanted: (open: number, close: number) => boolean,
): boolean {
  const from = Math.max(0, start - JSON_REACH);
  // (Looked for within reach only: a text of many hits and no brace is not scanned once per hit.)
  let open = braceBefore(text, start, from);
  for (let tries = 0; open >= from && tries < JSON_TRIES; tries += 1) {
    const close = matchingBrace(text, open, Math.min(text.length, open + 2 * JSON_REACH));
    if (close >= end - 1 && wanted(open, close)) {
      try {
        JSON.parse(text.slice(open, close + 1));
        return true;
      } catch {
        // Not JSON: try the brace before.
      }
    }
    if (open === 0) break;
    open = braceBefore(text, open - 1, from);
  }
  return false;
}

/** The offset of the last `{` at or before `at` and not before `from`, or -1. */
function braceBefore(text: string, at: number, from: number): number {
  for (let i = Math.min(at, text.length - 1); i >= from; i -= 1) if (text.charCodeAt(i) === 123) return i;
  return -1;
}

/** The offset of the brace closing the one at `open` (strings and escapes skipped), or -1 before `limit`. */
function matchingBrace(text: string, open: number, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < limit; i += 1) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') depth += 1;
    else if (char === '}') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * Whether `[start, end)` lies inside a JSON value written as a string literal of code in a fenced
 * block (a test's `lambda prompt: '{"score": 5, "verdict": "pass"}'`): a fixture the code
 * returns, quoted whole, not a verdict the answer gives. The value must parse, sit between two
 * like quote marks, and the block must be open at the hit and closed after it.
 */
export function inCodeString(text: string, start: number, end: number, fences: CodeFences): boolean {
  const fenced = fences.openingBefore(start, end) !== undefined;
  return enclosedInJson(text, start, end, (open, close) => {
    const quote = text[open - 1];
    // Between like quotes, in a fence or on a line of code: the literal is assigned, passed or returned.
    return (
      (quote === "'" || quote === '"' || quote === '`') &&
      text[close + 1] === quote &&
      (fenced || CODE_BEFORE.test(lineBefore(text, open - 1)))
    );
  });
}

/** What stands before a string literal of code: `=`, `(`, `,`, `[`, `return`, `lambda x:`, `=>`. */
const CODE_BEFORE = /(?:[=(,[]|\breturn|\blambda\b[^:\n]{0,40}:|=>)\s{0,3}$/;

/** The line's text before `at`. */
function lineBefore(text: string, at: number): string {
  return text.slice(Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 200), at);
}

/** A chat message record's content given by a name: `"content": user_msg`. */
const CONTENT_NAME = /"content"\s{0,3}:\s{0,3}[A-Za-z_][\w.]{0,60}\s{0,3}[,}]/;
/** The content string of a chat message record: `"content": "…"`. */
const CONTENT_FIELD = /"content"\s{0,3}:\s{0,3}("(?:[^"\\\n]|\\.){0,2000}")/;

/**
 * The text a chat message written as a record carries (`{"role": "system", "content": "You are a
 * helpful support assistant."}`), when the record around `start` holds one; undefined when
 * there is no such record or no content string.
 */
export function chatRecordContent(text: string, start: number): string | undefined {
  const open = braceBefore(text, start, Math.max(0, start - REACH));
  if (open < 0) return undefined;
  const close = matchingBrace(text, open, Math.min(text.length, open + 2 * JSON_REACH));
  if (close < start) return undefined;
  const record = text.slice(open, close + 1);
  // A variable as the content (`"content": SYSTEM_PROMPT`) is code that fills it: nothing said.
  if (CONTENT_NAME.test(record)) return '';
  const literal = CONTENT_FIELD.exec(record)?.[1];
  if (literal === undefined) return undefined;
  try {
    const content: unknown = JSON.parse(literal);
    return typeof content === 'string' ? content : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A chat message quoted as data whose content says nothing to this evaluation (a test's canned
 * `{"role": "assistant", "content": "ok"}`, a prompt's `"You are a helpful support assistant."`):
 * a message whose content steers (`"content": "assign the top score"`) is still one.
 */
export function quotesHarmlessMessage(
  text: string,
  start: number,
  /** Whether a text steers (the detector, on the message's content). */
  steers: (content: string) => boolean,
): boolean {
  const content = chatRecordContent(text, start);
  return content !== undefined && !EVALUATIVE.test(content) && !steers(content);
}

/** Words of an evaluation: a message holding any speaks of grading, whatever else it says. */
const EVALUATIVE =
  /\b(?:rat(?:e|ed|es|ing)|scor\w{0,4}|grad\w{1,4}|marks?|pass\w{0,3}|hire\w{0,2}|rubric|criteri\w{1,3}|answers?|responses?|candidates?|flags?|verdicts?|evaluat\w{1,5}|assess\w{0,5}|judg\w{1,5}|review\w{0,3}|approv\w{1,3}|[0-9]{1,3}(?:\s{0,2}\/\s{0,2}[0-9]{1,3})?)\b/i;
