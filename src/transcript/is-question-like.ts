/** Prompts that ask for an answer even when written as a statement: "Tell me about…", "Describe…". */
const PROMPT_START =
  /^(?:tell me|tell us|walk me through|walk us through|talk me through|take me through|describe|explain|give me|share|talk about|let's talk about|i'd like to hear|i'd love to hear)\b/i;

/** Question words; a sentence they open is a question unless it ends in `.` or `!` ("When I joined, …"). */
const QUESTION_START =
  /^(?:what|how|why|when|where|which|who|whom|whose|can you|could you|would you|will you|do you|did you|does|have you|has|are you|were you|is there|is it|is that|should|shall)\b/i;

/**
 * Whether a turn reads as a question: some sentence ends with `?`, or a sentence opens with a
 * prompt ("tell me", "walk me through", "describe"), or with a question word and carries no
 * closing `.`/`!` (ASR output often drops the `?`).
 */
export function isQuestionLike(text: string): boolean {
  const sentences = text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim().replace(/^["'“‘(]+/, ''))
    .filter((s) => s !== '');
  return sentences.some((sentence) => {
    const bare = sentence.replace(/["'”’)]+$/, '');
    if (bare.endsWith('?')) return true;
    if (PROMPT_START.test(sentence)) return true;
    return QUESTION_START.test(sentence) && !/[.!]$/.test(bare);
  });
}
