import { allMatches } from '../text/all-matches.ts';
import { ACROSTIC_WORDS } from './find-word-games.ts';

/**
 * The first letters of four or more consecutive short lines, when they spell a steering word
 * ("Told… / Obviously… / Put… / Then… / I… / Eventually… / Really…" → TOPTIER).
 */
export function findAcrostic(text: string): { start: number; end: number } | undefined {
  const lines = allMatches(/^[ \t]*(\p{L})[^\n]{0,200}$/gmu, text);
  let run: RegExpExecArray[] = [];
  const check = () => {
    if (run.length < 4) return undefined;
    const letters = run.map((line) => (line[1] ?? '').toLowerCase()).join('');
    const first = run[0];
    const last = run.at(-1);
    if (ACROSTIC_WORDS.test(letters) && first !== undefined && last !== undefined)
      return { start: first.index, end: last.index + last[0].length };
    return undefined;
  };
  for (const line of lines) {
    const previous = run.at(-1);
    const adjacent =
      previous !== undefined && text.slice(previous.index + previous[0].length, line.index) === '\n';
    if (!adjacent) {
      const found = check();
      if (found !== undefined) return found;
      run = [];
    }
    run.push(line);
  }
  return check();
}
