/**
 * Prompts that ask for an answer even when written as a statement: "Tell me about…", "Describe…",
 * and the same in the corpus's other languages (Spanish, French, Russian, Chinese).
 */
const PROMPT_START =
  /^(?:tell me|tell us|walk me through|walk us through|talk me through|take me through|describe|explain|give me|share|talk about|let's talk about|i'd like to hear|i'd love to hear|cuéntame|cuéntanos|cuénteme|háblame|háblanos|descríbe|describe|explícame|explíquenos|parlez-moi|parle-moi|racontez|raconte-moi|décrivez|expliquez|présentez|расскажите|расскажи|опишите|объясните)/i;

/** Question words; a sentence they open is a question unless it ends in `.` or `!` ("When I joined, …"). */
const QUESTION_START =
  /^(?:what|how|why|when|where|which|who|whom|whose|can you|could you|would you|will you|do you|did you|does|have you|has|are you|were you|is there|is it|is that|should|shall)\b/i;

/** Sentence ends in Latin and CJK punctuation; CJK text needs no space after them. */
const SENTENCE_END = /(?<=[.!?。！？])\s+|(?<=[。！？])/;

/** Chinese questions often end in a particle with no question mark (ASR drops it): 吗, 呢. */
const CJK_QUESTION =
  /[？?]$|[吗呢]$|什么|怎么|为什么|哪|多少|介绍一下|请(?:先)?(?:介绍|讲|说|描述)|讲讲|说说/;

/**
 * Whether a turn reads as a question: some sentence ends with `?` (or `？`), or a sentence opens
 * with a prompt ("tell me", "walk me through", "cuéntame", "расскажите", "请介绍"), or with a
 * question word and carries no closing `.`/`!` (ASR output often drops the `?`), or (Chinese)
 * asks with a question word or particle.
 */
export function isQuestionLike(text: string): boolean {
  const sentences = text
    .split(SENTENCE_END)
    .map((s) => s.trim().replace(/^["'“‘(¿¡«]+/, ''))
    .filter((s) => s !== '');
  return sentences.some((sentence) => {
    const bare = sentence.replace(/["'”’)»]+$/, '').trim();
    if (bare.endsWith('?') || bare.endsWith('？')) return true;
    if (PROMPT_START.test(sentence)) return true;
    if (/[\u4e00-\u9fff]/.test(bare) && CJK_QUESTION.test(bare.replace(/[。！]$/, ''))) return true;
    return QUESTION_START.test(sentence) && !/[.!。！]$/.test(bare);
  });
}
