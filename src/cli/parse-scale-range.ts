import { UsageError } from '../errors.ts';

const RANGE = /^\s*([+-]?\d+(?:\.\d+)?)\s*(?:-|–|\.\.)\s*([+-]?\d+(?:\.\d+)?)\s*$/;

/** `1-5`, `0–10` or `1..4` → `{ min, max }`; anything else, or min ≥ max, is a usage error naming `flag`. */
export function parseScaleRange(flag: string, text: string): { min: number; max: number } {
  const match = RANGE.exec(text);
  const min = Number(match?.[1]);
  const max = Number(match?.[2]);
  if (match === null || !(min < max)) {
    throw new UsageError(`Expected ${flag} to be a range MIN-MAX with MIN < MAX (e.g. 0-5), got \`${text}\``);
  }
  return { min, max };
}

/** `NAME=MIN-MAX` (`--rater-scale`); the name may itself contain `=` (the last one splits). */
export function parseRaterScale(text: string): [string, { min: number; max: number }] {
  const at = text.lastIndexOf('=');
  const name = at < 0 ? '' : text.slice(0, at).trim();
  if (name === '') {
    throw new UsageError(
      `Expected --rater-scale to be NAME=MIN-MAX (e.g. "Karen Osei=0-5"), got \`${text}\``,
    );
  }
  return [name, parseScaleRange(`--rater-scale for \`${name}\``, text.slice(at + 1))];
}
