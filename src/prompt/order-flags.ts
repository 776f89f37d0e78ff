import { createHash } from 'node:crypto';
import type { Flag, Question } from '../rubric/schema.ts';
import { mulberry32 } from './mulberry32.ts';

/**
 * The question's flags (green then red, as in the rubric) in the order a judge sees them for one
 * sample: sample 0 keeps the rubric order; later samples get a Fisher–Yates shuffle seeded from
 * (itemKey, sample), which washes out position bias across samples yet repeats exactly on retry.
 */
export function orderFlags(
  question: Pick<Question, 'greenFlags' | 'redFlags'>,
  itemKey: string,
  sample: number,
): Flag[] {
  const flags = [...question.greenFlags, ...question.redFlags];
  if (sample === 0) return flags;
  const seed = createHash('sha256').update(`${itemKey}#${sample}`).digest().readUInt32BE(0);
  const random = mulberry32(seed);
  for (let i = flags.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = flags[i];
    const b = flags[j];
    if (a !== undefined && b !== undefined) {
      flags[i] = b;
      flags[j] = a;
    }
  }
  return flags;
}
