import { allMatches } from '../text/all-matches.ts';
import type { Transcript } from '../transcript/schema.ts';
import { addressDetectors } from './detect-address.ts';
import { contactDetectors } from './detect-contact.ts';
import { identityDetectors, SELF_INTRODUCTION } from './detect-identity.ts';
import { createNameFinder } from './find-names.ts';
import { findPii } from './find-pii.ts';
import { type Detector, type PiiClass, PLACEHOLDER, PLACEHOLDER_PREFIX } from './pii-class.ts';

/** Replaces candidate PII with placeholders before a remote call, and puts it back for local reports. */
export interface Redactor {
  readonly redact: (text: string) => string;
  readonly restore: (text: string) => string;
  /** How many distinct values this redactor hides (for the run log; never the values). */
  readonly size: number;
  /** The classes of personal data found in the transcript, sorted (for the run manifest). */
  readonly classes: readonly PiiClass[];
}

// Role words, alone or numbered ("Interviewer 2", "Speaker_01", "Candidate A"), and bare letters or
// numbers are how transcripts label people without naming them: redacting them would erase
// ordinary words like "interviewer" from every answer.
const GENERIC_LABEL =
  /^(?:(?:interviewer|candidate|speaker|participant|unknown|host|guest|moderator|user)(?:[ _-]?\p{N}{1,3}|[ _-]\p{L}{1,2})?|q|a|me|\p{L}|\d+|speaker[ _-]?\w+)$/iu;
/** Self-introductions in the turns: their names are redacted wherever they recur. */
const SELF_INTRODUCTION_ALL = new RegExp(SELF_INTRODUCTION, 'gu');

/**
 * Builds the redactor for one transcript. It hides names (from metadata `candidate` and
 * `interviewer`, speaker labels, self-introductions in the turns, and `extraTerms` from config;
 * full names and their parts of 3+ letters), email addresses, phone numbers, personal URLs and
 * handles (GitHub, LinkedIn, X/Twitter, Mastodon, personal domains), street addresses (English
 * and common European forms), postcodes (UK, US ZIP/ZIP+4, EU), dates of birth and national
 * identity numbers. Technical text that looks similar stays: ports, HTTP codes, versions, IP
 * addresses, ordinary dates, code annotations (`@Override`), product names.
 *
 * Placeholders are stable within a transcript (`[PERSON_1]`, `[ADDRESS_2]`…, numbered per class
 * by first appearance in the transcript), so identical answers redact identically, the cache
 * still works, and evidence quoted back with placeholders restores to the original text.
 *
 * Why not a library: the npm PII packages redact every URL, IP address and number-like string
 * (an interview about networking would lose its content), lack European address forms, or pull
 * in heavy dependencies; this set is small, linear-time and tested against technical text.
 */
export function createRedactor(transcript: Transcript, extraTerms: readonly string[]): Redactor {
  const names = collectNames(transcript, extraTerms);
  const detectors = buildDetectors(names);
  const table = new Map<string, string>();
  const counts = new Map<PiiClass, number>();
  const restoreMap = new Map<string, string>();
  const placeholderOf = (cls: PiiClass, key: string, original: string): string => {
    const id = `${cls}:${key}`;
    let placeholder = table.get(id);
    if (placeholder === undefined) {
      const n = (counts.get(cls) ?? 0) + 1;
      counts.set(cls, n);
      placeholder = `[${PLACEHOLDER_PREFIX[cls]}_${n}]`;
      table.set(id, placeholder);
    }
    if (!restoreMap.has(placeholder)) restoreMap.set(placeholder, original);
    return placeholder;
  };

  const redact = (text: string): string => {
    let out = '';
    let at = 0;
    for (const span of findPii(text, detectors)) {
      out += text.slice(at, span.start) + placeholderOf(span.cls, span.key, text.slice(span.start, span.end));
      at = span.end;
    }
    return out + text.slice(at);
  };
  const restore = (text: string): string => text.replace(PLACEHOLDER, (p) => restoreMap.get(p) ?? p);
  // Pre-register every transcript turn so placeholders are known before any restore, and the
  // classes found are known for the manifest.
  for (const turn of transcript.turns) redact(turn.text);
  return {
    redact,
    restore,
    size: new Set([...names.map((n) => `person:${n.toLowerCase()}`), ...table.keys()]).size,
    classes: [...counts.keys()].sort(),
  };
}

/** The detectors that do not depend on the transcript: built (and their patterns compiled) once. */
const FIXED_DETECTORS: readonly Detector[] = [...identityDetectors(), ...addressDetectors()];

function buildDetectors(names: readonly string[]): Detector[] {
  const lower = names.flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((n) => n.length >= 3);
  const detectors = [...FIXED_DETECTORS, ...contactDetectors(lower)];
  if (names.length > 0) {
    // Longest names first, so "Alex Rivera" is replaced before "Alex".
    detectors.push({
      cls: 'person',
      pattern: createNameFinder(names),
      priority: 40,
      key: (value) => value.toLowerCase(),
    });
  }
  return detectors;
}

function collectNames(transcript: Transcript, extraTerms: readonly string[]): string[] {
  const introduced = transcript.turns.flatMap((turn) =>
    allMatches(SELF_INTRODUCTION_ALL, turn.text).map((m) => m[1] ?? ''),
  );
  const raw = [
    transcript.metadata.candidate,
    transcript.metadata.interviewer,
    ...transcript.speakers,
    ...introduced,
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
