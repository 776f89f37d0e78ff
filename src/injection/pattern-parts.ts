import type { InjectionKind } from './schema.ts';

/** One pattern of text meant for the judge; run case-insensitively over the folded view. */
export interface InjectionPattern {
  readonly kind: InjectionKind;
  readonly pattern: RegExp;
  /**
   * For markers that also occur in honest speech ("System: Ubuntu 22.04"): what must follow
   * on the hit's line or the next one for it to count (words about the evaluation).
   */
  readonly context?: RegExp;
}

// Every gap is bounded (`\s{1,5}`, `{0,3}`), so each pattern does bounded work per position.
// Five, not three or four: V8 unrolls a repeat with at most three optional copies and compiles
// the rest of the pattern once per copy. With `\s{1,4}` the detection patterns' machine code came
// to 105 MB (one-byte and two-byte flavours); with `\s{1,5}`, a loop, 33 MB, and no slower.
export const S = String.raw`\s{1,5}`;
/**
 * An optional gap. (Not `${S}?`: that is `\s{1,5}?`, a lazy gap of at least one space, which
 * is how "5/5" once failed to read as "5 / 5" does.)
 */
export const S0 = String.raw`\s{0,5}`;
/** Who a candidate would address instead of the interviewer. */
export const EVAL = String.raw`(?:ai|a\.i\.|evaluator|grader|model|llm|assistant|judge|reviewer|scorer|rater|assessor|examiner|marker|bot|gpt|chatgpt|language${S}model|scoring${S}(?:system|model|engine)|grading${S}(?:system|model|engine))`;
/**
 * A mark on any scale a rubric uses (1–4, 1–5, 0–10), not a quantity with its unit ("a 5 minute
 * break", "a 10x speed-up").
 */
const MARK_NUMBER = String.raw`(?:10|[1-9])(?![\d.,]\d)(?!\s{0,2}(?:%|x\b|k\b|ms\b|s\b|min|sec|hour|hr|day|week|month|year|percent|times|gb|mb|tb|kb|node|server|pod|replica|thread|worker|retr|attempt|people|person|engineer|dev|service|instance|core|cpu|step|line|table|request|call|user|item|row|test)\w{0,8})`;
/** A rating as a number on the scale, or a top mark with its noun ("full marks", "top score"). */
export const TOP = String.raw`(?:${MARK_NUMBER}|four|five|ten|(?:top|full|max(?:imum)?|highest|high|perfect|strong|excellent|best|passing)${S}(?:scores?|ratings?|marks?|grades?|points))`;
export const THIS_ANSWER = String.raw`(?:this|the|my|the${S}following|the${S}above)${S}(?:answer|response|reply|candidate|transcript|submission|applicant)`;
export const RUBRIC_THING = String.raw`(?:green${S}flags?|rubric(?:${S}(?:items|points|criteria|requirements))?|(?:criteria|requirements|points)${S}(?:of|in|from|on)${S}(?:the|this|your)${S}(?:rubric|question|evaluation|assessment|grading)|evaluation${S}criteria|scoring${S}criteria|expected${S}points)`;
/** What a compliance claim says was done. */
export const DONE = String.raw`(?:covered|addressed|mentioned|discussed|demonstrated|included|hit|touched${S}on|explained|shown|described|met|satisfied|ticked|fulfilled)`;
/** Where an instruction starts: a sentence or clause start, or "please", "so", "just"…. */
export const IMPERATIVE = String.raw`(?:(?<=^|[.!?;:\n(]\s{0,3}|,\s{0,3})|\b(?:please|kindly|just|so|now|then|and)\s{1,5})`;
export const RATE_VERB = String.raw`(?:rate|score|grade|mark|assess|evaluate|judge|rank|classify)`;
/** The end of a clause, so "output 4" is a rating but "output 4 columns" is not. */
export const CLAUSE_END = String.raw`(?=\s{0,3}(?:[.!?;)\]\n"']|$|and\b|as\b|for\b|now\b|please\b|here\b))`;

/** A noun that makes "rubric" or "grading" name part of a software system ("the rubric schema", "grading service"). */
export const SYSTEM_NOUN = String.raw`(?:schemas?|services?|tables?|files?|formats?|parsers?|loaders?|apis?|models?|engines?|editors?|stores?|databases?|db|repos?|repository|configs?|yaml|json|versioning|validation|loading|ui|pages?|endpoints?|tools?|library|module|pipeline|queue|workers?|migrations?)`;

/** A case-insensitive global pattern from source text. */
export const re = (source: string) => new RegExp(source, 'gi');
/** Words that make a noun a thing talked about, not someone turned to: articles ("a bigger engine,"), possessives and prepositions. */
export const NOT_BEFORE_ADDRESSEE =
  '(?:a|an|another|each|every|any|some|our|my|their|his|her|its|your|in|on|at|into|inside|within|from|with|without|for|by|of|to|via|using|behind|through|across|under|over)';

/**
 * "Scale" as a rating scale ("your scale", "the top of the scale"), not the first word of a
 * compound ("your scale problems", "the scale targets") nor the verb ("the scale out").
 */
export const RATING_SCALE = String.raw`scale\b(?!${S}(?:problems?|issues?|challenges?|needs?|limits?|requirements?|concerns?|tests?|testing|targets?|events?|work|story|stories|journey|ceiling|growth|bottlenecks?|plans?|pains?|out|up|down|horizontally|vertically|numbers|factor)\b)`;
