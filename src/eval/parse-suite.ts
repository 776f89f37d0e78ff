import { type FileInput, parseLocated } from './parse-located.ts';
import { type Suite, SuiteSchema } from './schema.ts';

const EXPECTED =
  'expected a mapping with keys rubric, transcripts, thresholds and optionally judge, model, samples, baseUrl, concurrency';

/**
 * Parses and validates `suite.yaml`. Syntax errors, unknown keys (named) and wrongly typed values
 * throw `InputError('config_invalid', path, line, …)` at the line of the offending key or value.
 */
export function parseSuite(input: FileInput): Suite {
  return parseLocated(SuiteSchema, input, EXPECTED);
}
