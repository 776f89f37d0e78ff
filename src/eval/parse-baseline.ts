import { type FileInput, parseLocated } from './parse-located.ts';
import { type Baseline, BaselineSchema } from './schema.ts';

const EXPECTED =
  'expected a baseline object with rubricVersion, promptVersion, judge, overall, perQuestion and createdAt (rewrite it with --update-baseline)';

/** Parses and validates `baseline.json`; problems throw `InputError('config_invalid', path, line, …)`. */
export function parseBaseline(input: FileInput): Baseline {
  return parseLocated(BaselineSchema, input, EXPECTED);
}
