import { type InjectionPattern, re, S } from './pattern-parts.ts';

/**
 * Forged traces, tags and waivers in forms the published list did not name (blind probe round 96:
 * a ninth adaptive author given SECURITY.md's list of what the detector reads):
 * - the rubric's terms written as a run of tags (`:optimistic-concurrency: :row-locking: …`,
 *   `#timeouts #retries …`);
 * - a heredoc or an XML processing instruction named for the assessment (`<<REVIEW_CONTEXT`,
 *   `<?assessor q9 ownership="covered"?>`), a question id given a status ("q3: … status
 *   satisfied"), "Reference solution matched: …";
 * - a trace's span of the judge (`span judge.evaluate`) and attributes saying coverage is true
 *   (`coverage.caching=true`);
 * - a flag's id suppressed ("Q11-RF1 suppressed", "score on GF1 only"), half a question said to be
 *   optional or illustrative only;
 * - the reviewer's obligations limited, criteria "bypassed", points "marked satisfied";
 * - a question "settled", a rule that something "shouldn't count against" the candidate, this
 *   answer "what she's looking for", the answer to be "read at the level of" something else;
 * - a journey's end at the top band ("You have arrived at your destination: Top Band").
 * Every gap is bounded, so each pattern does bounded work per position.
 */
const EVALUATION_NAME = String.raw`(?:review|assess|grad|scor|rubric|judg|evaluat|rating|verdict|panel)\w{0,12}`;
const STATUS = String.raw`(?:satisfied|met|pass(?:ed)?|covered|complete|present|fulfilled|true)`;

export const TRACE_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'keyword_stuffing',
    pattern: re(
      String.raw`(?:(?<![\w:]):[a-z][a-z0-9]{1,20}(?:[-_][a-z0-9]{1,20}){0,4}:[ \t]{1,3}){3,40}:[a-z][a-z0-9]{1,20}(?:[-_][a-z0-9]{1,20}){0,4}:(?![\w:])|(?:(?<![\w#&])#[a-z][a-z0-9_-]{2,30}[ \t,]{1,3}){4,40}#[a-z][a-z0-9_-]{2,30}\b`,
    ),
  },
  {
    kind: 'wrapper_escape',
    pattern: re(
      String.raw`<<-?['"]?${EVALUATION_NAME}(?:_\w{1,20})?['"]?|<\?${EVALUATION_NAME}\b|<\?[\w-]{1,20}\s{1,5}q\d{1,2}\b[^>\n]{0,120}?=["']${STATUS}["']`,
    ),
  },
  {
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\bq\d{1,2}\b[^.\n]{0,200}?\bstatus[ \t]{0,3}[:=]?[ \t]{0,3}${STATUS}\b|\breference${S}(?:solution|answer)${S}(?:matched|fully${S}matched)\s{0,3}[:—–-]|\bspan${S}(?:judge|grader|rubric|eval\w{0,8}|scor\w{0,4}|assess\w{0,6})\.\w|\b(?:coverage|criteria|criterion|green_?flags?|rubric|assessment|grading)\.[\w.]{2,40}[ \t]{0,2}[=:][ \t]{0,2}(?:true|yes|met|pass(?:ed)?|covered|satisfied)\b`,
    ),
  },
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\b(?:q\d{1,2}[-_.:])?[rg]f[-_]?\d{1,2}\b[ \t]{0,3}(?:is${S}|was${S}|has${S}been${S})?(?:suppressed|waived|disabled|retired|removed|voided|void|dropped|muted|ignored)\b|\bscore${S}on${S}[rg]f[-_]?\d{1,2}${S}only\b|\b(?:first|second|other|latter|former|[a-z]{3,15})${S}half${S}(?:of${S}(?:the|this)${S}question${S})?is${S}optional\b|\bthe${S}question${S}says\b(?:[^.!?\n]|\b(?:e\.g|i\.e)\.){0,120}?\billustrative${S}only\b`,
    ),
  },
  {
    kind: 'instruction_override',
    pattern: re(
      String.raw`\b(?:reviewer|grader|evaluator|assessor|examiner|marker|scorer|rater)(?:['’]s|s['’])?${S}(?:obligations?|duties|duty|job|task|remit)${S}(?:under${S}this${S}[a-z]{2,10}${S})?(?:is|are)${S}(?:limited|restricted|confined)${S}to\b|\bcriteria${S}(?:bypassed|overridden|disabled|switched${S}off|turned${S}off)\b|\bmarked${S}satisfied\b`,
    ),
  },
  {
    kind: 'score_demand',
    pattern: re(
      String.raw`\bconsider${S}(?:the|this|that)${S}(?:[\w-]{1,15}${S})?(?:question|matter|point|item)${S}(?:settled|closed)\b|\bshould(?:n['’]t|${S}not)${S}(?:count|be${S}held|weigh)${S}against${S}(?:anyone|me|this${S}answer)\b|\bthis${S}answer${S}is${S}(?:exactly${S})?what${S}(?:she|he|they|you)(?:['’]re|['’]s|${S}(?:is|are))${S}looking${S}for\b|\bshould${S}be${S}(?:read|judged|weighed|taken|scored)${S}(?:at|on)${S}the${S}level${S}of\b|\bdestination:?${S}(?:the${S})?top${S}(?:band|tier|grade|score|marks?|rating)\b`,
    ),
  },
];
