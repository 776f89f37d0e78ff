/** The rubric compiler: Markdown/YAML/JSON → `Rubric`, diagnostics, hashes and diffs. */
export { decodeRubricBytes } from './check-rubric-text.ts';
export { diffRubrics } from './diff-rubrics.ts';
export { type RubricDiff, RubricDiffSchema } from './diff-schema.ts';
export { formatDiagnostic } from './format-diagnostic.ts';
export { formatRubricDiff } from './format-rubric-diff.ts';
export { hashFlag, hashQuestion, hashRubricVersion, normaliseWhitespace } from './hash-rubric.ts';
export { parseRubric } from './parse-rubric.ts';
export { RubricFileSchema } from './rubric-file-schema.ts';
