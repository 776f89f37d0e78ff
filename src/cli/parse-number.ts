import { InvalidArgumentError } from 'commander';

/** Commander parser: an integer ≥ `min`, with an error saying what was expected and what came. */
export function intAtLeast(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) {
      throw new InvalidArgumentError(`Expected an integer ≥ ${min}, got \`${value}\`.`);
    }
    return n;
  };
}

/** Commander parser: a finite number > 0 (or ≥ 0 when `allowZero`). */
export function positiveNumber(allowZero = false): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0 || (!allowZero && n === 0)) {
      throw new InvalidArgumentError(`Expected a number ${allowZero ? '≥' : '>'} 0, got \`${value}\`.`);
    }
    return n;
  };
}
