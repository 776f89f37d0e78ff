/**
 * rubricate's Node API: the same runs as the CLI, as functions. They resolve with values (an
 * incomplete run is a result, not an error), throw `RubricateError` (with a `code`) for bad
 * options or input, report progress through callbacks, and never exit the process.
 */
export type { ItemResult, ReviewReason } from './aggregate/schema.ts';
export type { CalibrationReport } from './calibrate/schema.ts';
export type { Config } from './config/schema.ts';
export { type ErrorCode, InputError, RubricateError, UsageError } from './errors.ts';
export type { EvalResult, Gate } from './eval/schema.ts';
export type { RunManifest, Summary } from './report/schema.ts';
export type { Diagnostic, Question, Rubric } from './rubric/schema.ts';
export { type CalibrateOptions, type CalibrateResult, calibrate } from './run/calibrate.ts';
export type { EvaluateResult } from './run/evaluate.ts';
export { type EvaluateOptions, evaluate } from './run/evaluate-api.ts';
export type { Progress } from './run/execute-jobs.ts';
export { compileRubric, readTranscript } from './run/read-files.ts';
export { type ScoreOptions, type ScoreSettings, score } from './run/score.ts';
export type { RunEvent, ScoreResult } from './run/score-request.ts';
export type { Transcript, Turn } from './transcript/schema.ts';
export { TOOL_VERSION as version } from './version.ts';
