/** Judge prompts: `Rubric` → versioned, cache-friendly, injection-resistant chat messages. */
export { ANSWER_PLACEHOLDER, compileQuestionPrompts, NONCE_PLACEHOLDER } from './compile-question-prompts.ts';
export { deriveNonce } from './derive-nonce.ts';
export { orderFlags } from './order-flags.ts';
export { renderJudgePrompt } from './render-judge-prompt.ts';
export { renderSystemPrompt } from './render-system-prompt.ts';
export { PROMPT_VERSION } from './version.ts';
