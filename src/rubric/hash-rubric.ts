import { createHash } from 'node:crypto';
import type { FlagKind, RatingRule, Scale } from './schema.ts';

/** Collapses every whitespace run to one space and trims, so reflowing text never changes a hash. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** sha256 (hex, first 16 chars) of a JSON value: JSON keeps field boundaries unambiguous. */
function hashValue(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

/** Content hash of one flag: its kind and whitespace-normalised text (not its id). */
export function hashFlag(kind: FlagKind, text: string): string {
  return hashValue(['flag', kind, normaliseWhitespace(text)]);
}

/** Content hash of one question: normalised text plus its flags' hashes, in order. */
export function hashQuestion(text: string, greenFlagHashes: string[], redFlagHashes: string[]): string {
  return hashValue(['question', normaliseWhitespace(text), greenFlagHashes, redFlagHashes]);
}

/** What the rubric version covers for one question. */
export interface VersionedQuestion {
  readonly id: string;
  readonly hash: string;
  readonly aliases: readonly string[];
}

/** The scale in a canonical, order-independent form (label keys sorted, labels normalised). */
export function canonicalScale(scale: Scale): unknown {
  const labels = Object.keys(scale.labels)
    .sort()
    .map((key) => [key, normaliseWhitespace(scale.labels[key] ?? '')]);
  return [scale.min, scale.max, labels];
}

/** The rule in a canonical, key-order-independent form. */
export function canonicalRule(rule: RatingRule): unknown {
  return [
    rule.kind,
    rule.redFlagRating,
    rule.weakRating,
    rule.adequateRating,
    rule.strongRating,
    rule.strongMinGreen,
  ];
}

/**
 * The rubric version: every question's id and hash, plus the scale and the rule. Aliases are
 * included too because they change which transcript turns answer a question, hence the scores.
 * Titles, section names and file format are not: they do not change any judgement.
 */
export function hashRubricVersion(
  questions: readonly VersionedQuestion[],
  scale: Scale,
  rule: RatingRule,
): string {
  return hashValue([
    'rubric',
    questions.map((q) => [q.id, q.hash, q.aliases.map(normaliseWhitespace)]),
    canonicalScale(scale),
    canonicalRule(rule),
  ]);
}
