import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseRubric } from '../../src/rubric/parse-rubric.ts';
import { type Rubric, RubricSchema } from '../../src/rubric/schema.ts';

const RUBRIC_PATH = fileURLToPath(new URL('../../rubrics/interview-rubric.md', import.meta.url));

/** The bundled interview rubric (11 questions, q1..q11), compiled by the real rubric compiler. */
export function loadInterviewRubric(): Rubric {
  const { rubric, diagnostics } = parseRubric({ path: RUBRIC_PATH, text: readFileSync(RUBRIC_PATH, 'utf8') });
  if (rubric === null) throw new Error(`rubric fixture failed to compile: ${JSON.stringify(diagnostics)}`);
  return RubricSchema.parse(rubric);
}
