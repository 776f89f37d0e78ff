import { hasClosingCue } from './src/align/classify-block.ts';
console.log(hasClosingCue("That's all my technical questions."), hasClosingCue("Great. That's all my technical questions. What are your salary expectations, roughly?"));
