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
