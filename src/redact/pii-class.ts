import { z } from 'zod';

/**
 * The kinds of personal data redacted before a remote call, as recorded in the run manifest.
 * Each has a placeholder prefix: `person` → `[PERSON_1]`.
 */
export const PiiClassSchema = z.enum([
  'person',
  'email',
  'phone',
  'url',
  'handle',
  'address',
  'postcode',
  'date_of_birth',
  'national_id',
]);
export type PiiClass = z.infer<typeof PiiClassSchema>;

/** The placeholder prefix of each class, e.g. `date_of_birth` → `DOB`. */
export const PLACEHOLDER_PREFIX: Readonly<Record<PiiClass, string>> = Object.freeze({
  person: 'PERSON',
  email: 'EMAIL',
  phone: 'PHONE',
  url: 'URL',
  handle: 'HANDLE',
  address: 'ADDRESS',
  postcode: 'POSTCODE',
  date_of_birth: 'DOB',
  national_id: 'NATIONAL_ID',
});

/** Any placeholder this redactor can write: `[EMAIL_3]`, `[NATIONAL_ID_1]`… */
export const PLACEHOLDER = new RegExp(
  String.raw`\[(?:${Object.values(PLACEHOLDER_PREFIX).join('|')})_\d+\]`,
  'g',
);

/** One piece of personal data found in a text: `text.slice(start, end)` is the value. */
export interface PiiSpan {
  readonly start: number;
  readonly end: number;
  readonly cls: PiiClass;
  /** What makes two spellings the same value (e.g. a phone number's digits), for one placeholder. */
  readonly key: string;
}

/**
 * A detector: a global regular expression that runs in linear time (every quantifier bounded
 * or anchored at a run's start, so no input makes it backtrack), an optional capture group
 * holding the value (the rest is context such as "born on"), and a check of the match in its
 * context that turns away look-alikes ("S3 5GB" is not a postcode).
 */
export interface Detector {
  readonly cls: PiiClass;
  /**
   * Flags must include `g` and `d` (match indices, for `group`). Or a function giving the
   * [start, end) ranges found, for what a pattern would find at too high a price (the names).
   */
  readonly pattern: RegExp | ((text: string) => Iterable<readonly [number, number]>);
  readonly group?: number;
  /** Higher wins when two detectors claim overlapping text. */
  readonly priority: number;
  /**
   * A character class every match contains (e.g. a digit), tested once per text before the
   * pattern runs: most turns hold no digit and no `@`, so most detectors need not scan them.
   */
  readonly requires?: RegExp;
  readonly accept?: (value: string, text: string, start: number, end: number) => boolean;
  readonly key?: (value: string) => string;
}

/** `Detector.requires` for values with a digit (numbers, dates, addresses, postcodes, phones). */
export const DIGIT = /\d/;
/** `Detector.requires` for values with an `@` (emails, handles). */
export const AT_SIGN = /@/;
