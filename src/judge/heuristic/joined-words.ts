import { isContentWord } from './extract-concepts.ts';
import type { Token } from './tokenize-text.ts';

/** Two adjacent content words also stand for their joined form ("post fix" → postfix, "data base"). */
export function joinedWords(
  tokens: readonly Token[],
  negated: readonly boolean[],
  join: (first: string, second: string) => string | null,
): { concepts: readonly string[]; negated: boolean; start: number; end: number; joined: true }[] {
  const joined = [];
  for (let index = 0; index + 1 < tokens.length; index += 1) {
    const first = tokens[index];
    const second = tokens[index + 1];
    if (first?.kind !== 'word' || second?.kind !== 'word') continue;
    if (!isContentWord(first.text) || !isContentWord(second.text)) continue;
    const concept = join(first.text, second.text);
    if (concept === null) continue;
    joined.push({
      concepts: [concept],
      negated: (negated[index] ?? false) || (negated[index + 1] ?? false),
      start: index,
      end: index + 2,
      joined: true as const,
    });
  }
  return joined;
}
