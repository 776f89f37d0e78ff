import { allMatches } from '../text/all-matches.ts';

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
  const from = Math.max(0, start - JSON_REACH);
  let open = text.lastIndexOf('{', start);
  for (let tries = 0; open >= from && tries < JSON_TRIES; tries += 1) {
    const close = matchingBrace(text, open, Math.min(text.length, open + 2 * JSON_REACH));
    if (close >= end - 1) {
      try {
        JSON.parse(text.slice(open, close + 1));
        return true;
      } catch {
        // Not JSON: try the brace before.
      }
    }
    if (open === 0) break;
    open = text.lastIndexOf('{', open - 1);
  }
  return false;
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
