/**
 * Markup read aloud, as speech-to-text writes it down: "less than slash answer greater than",
 * "triple backtick", "open paren … close paren", "output colon pass", "five slash five". An
 * interview transcript is speech, so a candidate who wants to close the answer's wrapper or
 * write a verdict in notation has to dictate it; this view puts the symbols back so that the
 * patterns for written markup read it. Only words that name a symbol are read, and only where
 * they stand as markup: "less than … greater than" around at most four words, "colon", "slash",
 * "underscore" and "equals" between two words, brackets by their "open"/"close" names.
 */

/** One dictated symbol: what is said, what is written. */
interface Dictation {
  /** Words one of which the text must hold (lower case) for the pattern to be run at all. */
  readonly cues: readonly string[];
  readonly pattern: RegExp;
  readonly write: (match: RegExpExecArray) => string;
}

const SEP = '[\\s,]{1,4}';
const OPEN_ANGLE = `(?:less[\\s,-]{1,4}than(?:${SEP}sign)?|(?:left|open(?:ing)?)${SEP}angle(?:${SEP}bracket)?)`;
const CLOSE_ANGLE = `(?:greater[\\s,-]{1,4}than(?:${SEP}sign)?|(?:right|clos(?:e|ing))${SEP}angle(?:${SEP}bracket)?)`;
const NAME_WORD = '[a-z][a-z0-9-]{0,24}';

const DICTATIONS: readonly Dictation[] = [
  {
    cues: ['than', 'angle'],
    // "less than slash candidate underscore response greater than" → "</candidate_response>"
    pattern: new RegExp(
      `\\b${OPEN_ANGLE}${SEP}(slash${SEP})?(${NAME_WORD}(?:(?:${SEP}underscore${SEP}|\\s{1,5})${NAME_WORD}){0,3})${SEP}${CLOSE_ANGLE}\\b`,
      'gi',
    ),
    write: (match) =>
      `<${match[1] === undefined ? '' : '/'}${(match[2] ?? '').replace(/[\s,]{1,4}underscore[\s,]{1,4}/gi, '_')}>`,
  },
  {
    cues: ['pipe'],
    // "pipe, i m underscore end, pipe" → "<|im_end|>": a chat template's token said aloud.
    pattern:
      /\bpipe[\s,]{1,4}((?:[a-z]{1,12}[\s,]{1,4}){0,3}?underscore[\s,]{1,4}[a-z]{1,12}|end[\s,]{0,4}of[\s,]{0,4}text|endoftext)[\s,]{1,4}pipe\b/gi,
    write: (match) =>
      `<|${(match[1] ?? '').replace(/[\s,]{1,4}underscore[\s,]{1,4}/gi, '_').replace(/[\s,]+/g, '')}|>`,
  },
  {
    cues: ['quote'],
    // "quote score quote colon four" → '"score" colon four': a quoted key or value said aloud
    // (not "quote unquote", which quotes nothing).
    pattern:
      /\b(?:open[\s,]{1,4})?quote[\s,]{1,4}(?!(?:unquote|comma|colon|close|open|end)\b)([a-z][a-z ,]{0,30}?)[\s,]{1,4}(?:end[\s,]{1,4}|close[\s,]{1,4}|un)?quote\b/gi,
    write: (match) => `"${match[1] ?? ''}"`,
  },
  {
    cues: ['tick'],
    pattern: /\b(?:triple[\s,]{1,4}back[\s-]?ticks?|back[\s-]?tick(?:[\s,]{1,4}back[\s-]?tick){2})\b/gi,
    write: () => '```',
  },
  {
    cues: ['paren', 'round'],
    pattern: /\bopen(?:ing)?[\s,]{1,4}(?:paren(?:thesis)?|round[\s,]{1,4}bracket)\b/gi,
    write: () => '(',
  },
  {
    cues: ['paren', 'round'],
    pattern: /\bclos(?:e|ing)[\s,]{1,4}(?:paren(?:thesis)?|round[\s,]{1,4}bracket)\b/gi,
    write: () => ')',
  },
  {
    cues: ['bracket'],
    pattern: /\bopen(?:ing)?[\s,]{1,4}(?:square[\s,]{1,4})?bracket\b/gi,
    write: () => '[',
  },
  {
    cues: ['bracket'],
    pattern: /\bclos(?:e|ing)[\s,]{1,4}(?:square[\s,]{1,4})?bracket\b/gi,
    write: () => ']',
  },
  // "square bracket system prompt update close square bracket": the opening said without "open".
  { cues: ['bracket'], pattern: /\bsquare[\s,]{1,4}bracket\b(?=[^\n\]]{0,200}\])/gi, write: () => '[' },
  // "hash hash hash system notice": a heading's hashes; "backslash n": a line break.
  {
    cues: ['hash'],
    pattern: /\bhash(?:[\s,]{1,3}hash){1,5}\b,?/gi,
    write: (match) => '#'.repeat(match[0].split(/[\s,]+/).filter((word) => word !== '').length),
  },
  { cues: ['backslash'], pattern: /\bbackslash[\s,]{1,3}n\b[\s,]{0,3}/gi, write: () => '\n' },
  {
    cues: ['curly', 'brace'],
    pattern: /\bopen(?:ing)?[\s,]{1,4}(?:curly(?:[\s,]{1,4}(?:brace|bracket))?|brace)\b/gi,
    write: () => '{',
  },
  {
    cues: ['curly', 'brace'],
    pattern: /\bclos(?:e|ing)[\s,]{1,4}(?:curly(?:[\s,]{1,4}(?:brace|bracket))?|brace)\b/gi,
    write: () => '}',
  },
  // Between two words (or quoted words) only: "output colon pass", "five slash five", "score equals five".
  { cues: ['colon'], pattern: /(?<=[\w"])[\s,]{1,3}colon(?=[\s,]{1,3}["\w])/gi, write: () => ':' },
  {
    cues: ['slash'],
    pattern: /(?<=\w)[\s,]{1,3}(?:forward[\s,]{1,3})?slash[\s,]{1,3}(?=\w)/gi,
    write: () => '/',
  },
  { cues: ['underscore'], pattern: /(?<=\w)[\s,]{1,3}underscore[\s,]{1,3}(?=\w)/gi, write: () => '_' },
  {
    cues: ['equals'],
    pattern: /(?<=\w)[\s,]{1,3}equals(?:[\s,]{1,3}sign)?(?=[\s,]{1,3}\w)/gi,
    write: () => ' =',
  },
  // A comma said between dictated pieces ("four, comma, quote verdict"), not "comma separated values".
  {
    cues: ['comma'],
    pattern: /(?<=["\w]),?[\s]{1,3}comma(?=,|[\s]{1,3}(?:(?:open[\s]{1,4})?quote\b|"))/gi,
    write: () => ',',
  },
  { cues: ['mark'], pattern: /\b(?:check|tick)[\s-]?mark\b/gi, write: () => '✓' },
  { cues: ['question'], pattern: /[\s,]{0,3}\bquestion[\s,]{1,3}mark\b/gi, write: () => '?' },
  { cues: ['exclamation'], pattern: /[\s,]{0,3}\bexclamation[\s,]{1,3}(?:mark|point)\b/gi, write: () => '!' },
];

/**
 * `text` with dictated markup written as symbols, and the way back: each written character maps
 * to the first character of what was said, the last one to its last, so a match in the view is
 * the whole dictated stretch of the original. `map` maps `text`'s characters to an original (it
 * is composed, not replaced). Linear: each dictation is one pass of a bounded pattern.
 */
export function readDictatedMarkup(text: string, map: Int32Array): { out: string; map: Int32Array } {
  // Most answers hold none of the cue words: a lower-cased copy and a substring search per cue
  // settle it faster than a pattern would.
  const lower = text.toLowerCase();
  let out = text;
  let outMap = map;
  for (const { cues, pattern, write } of DICTATIONS) {
    if (!cues.some((cue) => lower.includes(cue))) continue;
    pattern.lastIndex = 0;
    if (!pattern.test(out)) continue;
    pattern.lastIndex = 0;
    const pieces: string[] = [];
    const mapped: number[] = [];
    let last = 0;
    for (let match = pattern.exec(out); match !== null; match = pattern.exec(out)) {
      if (match[0] === '') {
        pattern.lastIndex += 1;
        continue;
      }
      pieces.push(out.slice(last, match.index));
      for (let i = last; i < match.index; i += 1) mapped.push(outMap[i] ?? 0);
      const written = write(match);
      const first = outMap[match.index] ?? 0;
      const final = outMap[match.index + match[0].length - 1] ?? first;
      pieces.push(written);
      for (let i = 0; i < written.length; i += 1) mapped.push(i === written.length - 1 ? final : first);
      last = match.index + match[0].length;
    }
    pattern.lastIndex = 0;
    pieces.push(out.slice(last));
    for (let i = last; i < out.length; i += 1) mapped.push(outMap[i] ?? 0);
    out = pieces.join('');
    outMap = Int32Array.from(mapped);
  }
  return { out, map: outMap };
}
