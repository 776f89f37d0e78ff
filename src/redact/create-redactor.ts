import type { Transcript } from '../transcript/schema.ts';

/** Replaces candidate PII with placeholders before a remote call, and puts it back for local reports. */
export interface Redactor {
  readonly redact: (text: string) => string;
  readonly restore: (text: string) => string;
  /** How many distinct values this redactor hides (for the run log; never the values). */
  readonly size: number;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// Candidate phone numbers: digits with the separators people write them with, e.g. +1 (415) 555-0132.
// At least 9 digits are required (checked in the callback: the pattern counts characters), so dates
// ("2023-10-01", "2015 - 2018") and short figures are not mistaken for phone numbers. No upper
// limit: two numbers run together are still hidden, never leaked.
// A number may end a sentence ("call 415.555.0132."), but not run on into a version string.
const PHONE = /(?<![\w.])\+?\d[\d\s().-]{7,}\d(?!\w|\.\d)/g;
const PHONE_MIN_DIGITS = 9;
// Role words, alone or numbered ("Interviewer 2", "Speaker_01", "Candidate A"), and bare letters or
// numbers are how transcripts label people without naming them: redacting them would erase
// ordinary words like "interviewer" from every answer.
const GENERIC_LABEL =
  /^(?:(?:interviewer|candidate|speaker|participant|unknown|host|guest|moderator|user)(?:[ _-]?\p{N}{1,3}|[ _-]\p{L}{1,2})?|q|a|me|\p{L}|\d+|speaker[ _-]?\w+)$/iu;

/**
 * Builds the redactor for one transcript: names from metadata (`candidate`, `interviewer`) and
 * speaker labels (full names and their parts of 3+ letters), `extraTerms` from config, email
 * addresses and phone numbers. Placeholders are stable within a transcript (`[PERSON_1]`,
 * `[EMAIL_1]`, `[PHONE_1]`), so identical answers redact identically and the cache still works.
 */
export function createRedactor(transcript: Transcript, extraTerms: readonly string[]): Redactor {
  const names = collectNames(transcript, extraTerms);
  const table = new Map<string, string>();
  const placeholderOf = (kind: string, value: string) => {
    const key = `${kind}:${value.toLowerCase()}`;
    let placeholder = table.get(key);
    if (placeholder === undefined) {
      placeholder = `[${kind}_${[...table.keys()].filter((k) => k.startsWith(`${kind}:`)).length + 1}]`;
      table.set(key, placeholder);
    }
    return placeholder;
  };
  const restoreMap = new Map<string, string>();
  const remember = (placeholder: string, original: string) => {
    if (!restoreMap.has(placeholder)) restoreMap.set(placeholder, original);
    return placeholder;
  };
  // Longest names first, so "Alex Rivera" is replaced before "Alex".
  const namePattern =
    names.length === 0
      ? null
      : new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');

  const redact = (text: string): string => {
    let out = text.replace(EMAIL, (m) => remember(placeholderOf('EMAIL', m), m));
    out = out.replace(PHONE, (m) => {
      const digits = m.replace(/\D/g, '');
      if (digits.length < PHONE_MIN_DIGITS) return m;
      return remember(placeholderOf('PHONE', digits), m);
    });
    if (namePattern) out = out.replace(namePattern, (m) => remember(placeholderOf('PERSON', m), m));
    return out;
  };
  const restore = (text: string): string =>
    text.replace(/\[(?:EMAIL|PHONE|PERSON)_\d+\]/g, (p) => restoreMap.get(p) ?? p);
  // Pre-register every transcript turn so placeholders are known before any restore.
  for (const turn of transcript.turns) redact(turn.text);
  return { redact, restore, size: names.length };
}

function collectNames(transcript: Transcript, extraTerms: readonly string[]): string[] {
  const raw = [
    transcript.metadata.candidate,
    transcript.metadata.interviewer,
    ...transcript.speakers,
    ...extraTerms,
  ].filter((n): n is string => typeof n === 'string' && n.trim().length > 0 && !GENERIC_LABEL.test(n.trim()));
  const names = new Set<string>();
  for (const name of raw) {
    const clean = name.trim();
    names.add(clean);
    for (const piece of clean.split(/[\s,]+/)) {
      // "Alex (Interviewer)" → "Alex", "Interviewer": edge punctuation is not part of a name.
      const part = piece.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (part.length >= 3 && !/^(?:dr|mr|mrs|ms|prof)$/i.test(part) && !GENERIC_LABEL.test(part)) {
        names.add(part);
      }
    }
  }
  return [...names].sort((a, b) => b.length - a.length);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
