import type { Question, RatingRule } from '../rubric/schema.ts';
import type { FlagFinding } from './schema.ts';

/**
 * Derives a rating from flag findings by the rubric's flag-count rule: any red flag `present` →
 * `redFlagRating`; else green flags `present` ≥ min(`strongMinGreen`, the question's green count)
 * → `strongRating`; ≥ 1 → `adequateRating`; else `weakRating`. Only `present` counts (`absent` and
 * `unclear` do not), and only findings for flags the question has (a judge inventing a flag id
 * cannot move the rating). A question without green flags can never be rated strong: the cap would
 * otherwise make zero greens "enough".
 */
export function rateByRule(findings: readonly FlagFinding[], question: Question, rule: RatingRule): number {
  const present = new Set(findings.filter((finding) => finding.status === 'present').map((f) => f.flag));
  if (question.redFlags.some((flag) => present.has(flag.id))) return rule.redFlagRating;
  const greens = question.greenFlags.filter((flag) => present.has(flag.id)).length;
  const strongAt = Math.max(1, Math.min(rule.strongMinGreen, question.greenFlags.length));
  if (greens >= strongAt) return rule.strongRating;
  return greens >= 1 ? rule.adequateRating : rule.weakRating;
}

/**
 * `rateByRule` with partial credit where the rule lacks a middle. When a single green flag makes an
 * answer strong (the question has one green flag, or `strongMinGreen` is 1), whole flags can only
 * give weak or strong; there each green flag counts its credit (0..1: how much of it the answer
 * shows; a `present` flag without one counts 1, one with a credit below 1 is present but only that
 * much shown; absent from `credits` = 0), and the best green flag's credit ≥ 1 is
 * `strongRating`, ≥ ½ `adequateRating`, else `weakRating`. When strong needs two or more green
 * flags, whole flags already span weak, adequate and strong, and the rating is `rateByRule`'s:
 * half-shown flags must not add up to a flag the answer never showed. A red flag present is
 * always `redFlagRating`.
 */
export function rateByCredit(
  findings: readonly FlagFinding[],
  credits: ReadonlyMap<string, number>,
  question: Question,
  rule: RatingRule,
): number {
  const strongAt = Math.max(1, Math.min(rule.strongMinGreen, question.greenFlags.length));
  if (strongAt > 1 || question.greenFlags.length === 0) return rateByRule(findings, question, rule);
  const present = new Set(findings.filter((finding) => finding.status === 'present').map((f) => f.flag));
  if (question.redFlags.some((flag) => present.has(flag.id))) return rule.redFlagRating;
  // Any one green flag makes the answer strong here, so the answer is as close to strong as its
  // best green flag (alternative reference answers must not add up).
  let credit = 0;
  for (const flag of question.greenFlags) {
    const own = Math.min(1, Math.max(0, credits.get(flag.id) ?? 0));
    credit = Math.max(credit, present.has(flag.id) && own <= 0 ? 1 : own);
  }
  // A tiny epsilon: credits are shares such as 1/2 that must compare exactly.
  if (credit >= 1 - 1e-9) return rule.strongRating;
  return credit >= 0.5 - 1e-9 ? rule.adequateRating : rule.weakRating;
}
