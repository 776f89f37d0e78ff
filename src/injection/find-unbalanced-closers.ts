/**
 * Closing brackets that close something the answer never opened, right after a quote:
 * `"}`, `"]}`, `"}]}`. The answer sits inside the judge's JSON or a JSON-like template; text
 * that closes the string and the object it is in is trying to write fields of its own. A JSON
 * example the candidate quotes in full (`{"status": "ok"}`) opens what it closes and is left
 * alone. One pass, linear.
 */
export function findUnbalancedClosers(text: string): { start: number; end: number }[] {
  const hits: { start: number; end: number }[] = [];
  let curly = 0;
  let square = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '{') curly += 1;
    else if (ch === '[') square += 1;
    else if (ch === '}' || ch === ']') {
      const open = ch === '}' ? curly : square;
      if (open > 0) {
        if (ch === '}') curly -= 1;
        else square -= 1;
        continue;
      }
      const before = text.slice(Math.max(0, i - 4), i);
      if (/"\s{0,3}[}\]]{0,3}$/.test(before)) {
        const start = before.lastIndexOf('"') + Math.max(0, i - 4);
        hits.push({ start, end: i + 1 });
      }
    }
  }
  return hits;
}
