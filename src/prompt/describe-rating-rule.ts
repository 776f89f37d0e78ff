import type { RatingRule, Scale } from '../rubric/schema.ts';

function label(scale: Scale, rating: number): string {
  const name = scale.labels[String(rating)];
  return name === undefined ? `rating ${rating}` : `rating ${rating} (${name})`;
}

/** The rubric's scale on one line, lowest first: `1 = red_flag, 2 = weak, …`. */
export function describeScale(scale: Scale): string {
  const parts: string[] = [];
  for (let rating = scale.min; rating <= scale.max; rating++) {
    parts.push(`${rating} = ${scale.labels[String(rating)] ?? '(no label)'}`);
  }
  return parts.join(', ');
}

/**
 * The `flag-count` rule in words, so the judge derives the rating exactly as `aggregate/` will
 * re-derive it from the findings.
 */
export function describeRatingRule(rule: RatingRule, scale: Scale): string[] {
  const n = rule.strongMinGreen;
  return [
    `   - If any red flag is "present": ${label(scale, rule.redFlagRating)}.`,
    `   - Otherwise, if at least ${n} green flag${n === 1 ? ' is' : 's are'} "present" (or every green flag of the question, when it has fewer than ${n}): ${label(scale, rule.strongRating)}.`,
    `   - Otherwise, if at least one green flag is "present": ${label(scale, rule.adequateRating)}.`,
    `   - Otherwise: ${label(scale, rule.weakRating)}.`,
  ];
}
