/** `rubricate eval`: a golden set of human ratings against a run, and the CI gate (pure core). */

export { compareWithBaseline } from './compare-with-baseline.ts';
export { evaluateAgainstGold } from './evaluate-against-gold.ts';
export { parseBaseline } from './parse-baseline.ts';
export { type LabelsInput, parseLabels } from './parse-labels.ts';
export type { FileInput } from './parse-located.ts';
export { parseSuite } from './parse-suite.ts';
export { renderEvalJunit } from './render-eval-junit.ts';
export { renderEvalMarkdown } from './render-eval-markdown.ts';
export * from './schema.ts';
export { toBaseline } from './to-baseline.ts';
