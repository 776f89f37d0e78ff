/** A letter or a digit of any script: what a name may not touch on either side. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Finds the transcript's names in a text as the pattern
 * `(?<![\p{L}\p{N}])(?:name1|name2|…)(?![\p{L}\p{N}])` with flags `iu` would: whole words,
 * case-insensitive under Unicode simple case folding, leftmost first, at one place the first
 * name in `names` that fits (give them longest first), never overlapping.
 *
 * Not a RegExp because that pattern is new for every transcript, and compiling a Unicode,
 * case-insensitive pattern costs about a millisecond (its letter classes and case closures),
 * more than redacting the whole transcript with it. Here the text is folded once (each code
 * point to a canonical member of its case class, keeping offsets) and names are looked up by
 * their first folded character.
 */
export function createNameFinder(names: readonly string[]): (text: string) => (readonly [number, number])[] {
  const byFirst = new Map<number, string[]>();
  for (const name of names) {
    const folded = foldCase(name);
    if (folded === '') continue;
    const first = folded.charCodeAt(0);
    const list = byFirst.get(first) ?? [];
    list.push(folded);
    byFirst.set(first, list);
  }
  return (text) => {
    const found: (readonly [number, number])[] = [];
    if (byFirst.size === 0) return found;
    const folded = foldCase(text);
    let at = 0;
    while (at < text.length) {
      const candidates = byFirst.get(folded.charCodeAt(at));
      let matched = 0;
      if (candidates !== undefined && !isPairTail(text, at) && !wordCharBefore(text, at)) {
        for (const name of candidates) {
          if (folded.startsWith(name, at) && !wordCharAt(text, at + name.length)) {
            matched = name.length;
            break;
          }
        }
      }
      if (matched > 0) {
        found.push([at, at + matched]);
        at += matched;
      } else at += 1;
    }
    return found;
  };
}

/**
 * Each code point replaced by a canonical member of its simple case-folding class, keeping the
 * text's length (a code point whose fold would change length stays as it is): lower case, then
 * upper, then lower again, so that ς, σ and Σ, or ſ, s and S, meet. Dotless ı is the one letter
 * whose upper case (I) is in another class; it stays as it is.
 */
export function foldCase(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  let out = '';
  let plainFrom = 0;
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) {
        out += text.slice(plainFrom, i) + String.fromCharCode(code + 32);
        plainFrom = i + 1;
        changed = true;
      }
      continue;
    }
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const char = pair ? text.slice(i, i + 2) : (text[i] ?? '');
    const fold = foldChar(char);
    if (fold !== char) {
      out += text.slice(plainFrom, i) + fold;
      plainFrom = i + char.length;
      changed = true;
    }
    if (pair) i += 1;
  }
  return changed ? out + text.slice(plainFrom) : text;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range
const ASCII = /^[\x00-\x7f]*$/;

function foldChar(char: string): string {
  if (char === 'ı') return char;
  const lower = char.toLowerCase();
  if (lower.length !== char.length) return char;
  const upper = lower.toUpperCase();
  if (upper.length !== lower.length) return lower;
  const again = upper.toLowerCase();
  return again.length === lower.length ? again : lower;
}

function isPairTail(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  const before = text.charCodeAt(at - 1);
  return code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
}

function wordCharBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const start = at >= 2 && isPairTail(text, at - 1) ? at - 2 : at - 1;
  return WORD_CHAR.test(text.slice(start, at));
}

function wordCharAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const code = text.codePointAt(at) ?? 0;
  return WORD_CHAR.test(String.fromCodePoint(code));
}
