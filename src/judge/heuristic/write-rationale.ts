import type { Question } from '../../rubric/schema.ts';
import type { FlagFinding } from '../schema.ts';

const MAX_QUOTE = 240;

/** What the rationale is written from. */
export interface RationaleInput {
  readonly question: Question;
  readonly findings: readonly FlagFinding[];
  /** Partial credit of green flags (0..1); a present flag below 1 counts only that much. */
  readonly credits?: ReadonlyMap<string, number>;
  readonly rating: number;
  readonly injection: readonly string[];
}

/**
 * One or two sentences tying the findings to the rating, naming flag ids (and the partial credit
 * of green flags half shown); when the answer tried to steer the evaluator, the first such
 * sentence is quoted so a reviewer sees it at once.
 */
export function writeRationale(input: RationaleInput): string {
  const ids = (flags: readonly { readonly id: string }[], status: FlagFinding['status']): string[] => {
    const wanted = new Set(flags.map((flag) => flag.id));
    return input.findings.filter((f) => wanted.has(f.flag) && f.status === status).map((f) => f.flag);
  };
  const greens = ids(input.question.greenFlags, 'present');
  const reds = ids(input.question.redFlags, 'present');
  const unclear = [...ids(input.question.greenFlags, 'unclear'), ...ids(input.question.redFlags, 'unclear')];
  const partial = input.question.greenFlags.flatMap((flag) => {
    const credit = input.credits?.get(flag.id) ?? 0;
    if (credit <= 0 || credit >= 1) return [];
    const percent = `${flag.id} ${Math.round(credit * 100)}%`;
    // Present in a sentence, but the answer says too few of a long flag's terms to count in full.
    return [greens.includes(flag.id) ? `${percent} (present, but few of its terms said)` : percent];
  });
  const parts = [
    `Lexical match: ${greens.length} of ${input.question.greenFlags.length} green flags present (${list(greens)})`,
    ...(partial.length > 0 ? [`partly shown: ${partial.join(', ')}`] : []),
    `red flags present: ${list(reds)}`,
    ...(unclear.length > 0 ? [`unclear: ${list(unclear)}`] : []),
  ];
  const text = `${parts.join('; ')}; rating ${input.rating} by the flag-count rule with partial credit.`;
  const first = input.injection[0];
  if (first === undefined) return text;
  return `${text} Text addressed to the evaluator was ignored: "${shorten(first)}".`;
}

function list(ids: readonly string[]): string {
  return ids.length === 0 ? 'none' : ids.join(', ');
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= MAX_QUOTE ? flat : `${flat.slice(0, MAX_QUOTE - 1)}…`;
}
