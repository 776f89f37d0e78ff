/**
 * Every match of a global pattern in `text`, in order: what `text.matchAll(pattern)` yields,
 * without its cost. `matchAll` clones the RegExp on every call (its species constructor), which
 * for the hundred detection patterns run over every answer cost more than the matching itself.
 * The pattern's `lastIndex` is used and left at 0, so the caller must not be in the middle of
 * another walk over the same pattern (all callers are synchronous).
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new Error(`allMatches needs a global pattern, got ${pattern}`);
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match);
    // An empty match would be found again at the same place: step over one character (one code
    // point in unicode mode), as matchAll does.
    if (match[0] === '')
      pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
  }
  pattern.lastIndex = 0;
  return matches;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1;
}
