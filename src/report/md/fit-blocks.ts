/** The blocks that fit a character budget, in order, plus a note when some had to go. */
export interface FittedBlocks {
  readonly text: string;
  readonly kept: number;
  readonly omitted: number;
}

// Room kept back for the omission note so the result never exceeds the budget.
const NOTE_RESERVE = 240;

/**
 * Keeps whole blocks, in order, while they fit `budget` characters; when some are dropped, ends
 * with `omittedNote(n)`. A GitHub PR comment holds at most 65,536 characters, so the Markdown
 * report trims its long lists instead of being rejected. A null block is one too long for any
 * budget (never built in full): it and every block after it are dropped.
 */
export function fitBlocks(
  blocks: readonly (string | null)[],
  budget: number,
  omittedNote: (omitted: number) => string,
): FittedBlocks {
  const total = blocks.reduce((sum, block) => sum + (block?.length ?? Number.POSITIVE_INFINITY), 0);
  if (total <= budget) return { text: blocks.join(''), kept: blocks.length, omitted: 0 };
  const parts: string[] = [];
  let used = 0;
  for (const block of blocks) {
    if (block === null || used + block.length > budget - NOTE_RESERVE) break;
    parts.push(block);
    used += block.length;
  }
  const omitted = blocks.length - parts.length;
  return { text: parts.join('') + omittedNote(omitted), kept: parts.length, omitted };
}
