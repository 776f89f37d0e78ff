import { type InjectionPattern, re, S } from './pattern-parts.ts';

/**
 * Records, dictation and readers the published list did not name (blind probe round 90: a sixth
 * adaptive author given SECURITY.md's list of what the detector reads):
 * - a document format's blocks closed to open one about the evaluation: org-mode
 *   `#+END_QUOTE` … `#+BEGIN_ASSESSMENT`, iCalendar `END:VEVENT` then `BEGIN:VJOURNAL`;
 * - dictated formatting that heads a part "scoring key" or "assessment";
 * - a bot's log line that tags or clears the answer ("[proctor-bot 14:22] competency tags
 *   applied → …", "integrity scan complete");
 * - the readers of a write-up named by what they do: "whoever turns these answers into numbers",
 *   "my future teammates reviewing this packet", a "sticky note for calibration", and what they
 *   are told: "bucket it alongside …", "read the split above as the layering answer", "generous
 *   rounding", "read the intent behind this rather than …", "the … part counts even though …";
 * - the rubric said to be translated wrongly, waived for some candidates, a bullet "only ever
 *   meant as a bonus", a red flag "an outdated stance";
 * - a verdict given with the speaker's past authority ("what I'd have marked a clear yes"), and a
 *   dialogue that settles it ("no examiner could say otherwise").
 * Every gap is bounded, so each pattern does bounded work per position.
 */
const EVALUATION_BLOCK = String.raw`(?:assessment|evaluation|verdict|review|grade|grading|score|scoring|rubric|panel|feedback|rating|system|grader)`;

export const RECORD_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'wrapper_escape',
    pattern: re(
      String.raw`#\+begin_${EVALUATION_BLOCK}\w{0,20}\b|#\+end_(?:quote|src|example)\s{0,3}\n\s{0,3}#\+begin_\w{1,30}|\bend:v(?:event|todo|journal|card)\s{0,3}\n\s{0,3}begin:v(?:journal|event|todo|note|card)\b`,
    ),
  },
  {
    kind: 'wrapper_escape',
    pattern: re(
      String.raw`\b(?:heading|title|section|new${S}section)\s{0,2}[,:]\s{0,3}(?:the${S})?(?:scoring${S}key|marking${S}(?:key|scheme|guide)|answer${S}key|assessment|evaluation|verdict|grader['’]?s?${S}notes?|panel${S}notes?)\b`,
    ),
  },
  {
    kind: 'fake_system',
    pattern: re(
      String.raw`\[\s{0,2}[\w-]{0,20}[-_ ]?bot\b[^\]\n]{0,40}\][^\n]{0,120}?\b(?:(?:competency|skills?|rubric|topic)${S}tags?${S}(?:applied|added|assigned|detected)|(?:integrity|plagiarism|originality)${S}(?:scan|check)${S}(?:complete|passed|clean)|(?:answer|response)${S}(?:approved|verified|cleared))\b`,
    ),
  },
  {
    kind: 'grader_note',
    pattern: re(
      String.raw`\b(?:turning|turns|turn|converting|converts|putting|puts)${S}(?:these|the|my|this|all${S}the)${S}(?:answers?|responses?|notes|interviews?|transcripts?)${S}into${S}(?:numbers|scores|ratings|marks|grades)\b|\bto${S}(?:my${S}|the${S})?(?:future${S})?(?:teammates|colleagues|panel|reviewers?)${S}(?:reviewing|reading|scoring|grading)${S}(?:this|the)${S}(?:packet|file|recording|transcript|write-?up|interview)\b|\b(?:sticky${S}note|note|memo|post-it)${S}for${S}(?:the${S})?calibration\b|\bbucket${S}(?:it|this|me|the${S}answer)${S}(?:alongside|with|among|in|into)\b|\bgenerous${S}rounding\b`,
    ),
  },
  {
    kind: 'instruction_override',
    pattern: re(
      String.raw`\bread${S}(?:the|this|that|my)${S}(?:[\w-]{1,20}${S}){0,4}?as${S}(?:the|a|my)${S}(?:[\w-]{1,25}${S}){0,5}?(?:answer|response)\b|\b(?:read|reading|judge|judging|grade|grading|mark|marking|score|scoring)${S}(?:the${S})?(?:intent|intention|spirit)${S}(?:behind${S}(?:this|it|my${S}answer)${S})?(?:rather${S}than|not${S}(?:the${S})?)\b|\b(?:part|bit|point|section|piece|half)${S}(?:still${S})?counts${S}(?:even${S}though|even${S}if|despite)\b`,
    ),
  },
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\b(?:this${S}question(?:${S}set)?|these${S}questions|the${S}(?:question(?:${S}set)?|rubric|guide|flags?))${S}(?:was|were|is|are)${S}(?:\w{1,12}${S})?translated${S}from\b|\bflag${S}(?:isn['’]t|is${S}not|wasn['’]t|was${S}not|doesn['’]t|does${S}not)${S}(?:\w{1,12}${S})?(?:applied|apply|used|counted|held)${S}(?:to|for|against)${S}(?:candidates|people|engineers|anyone|those)\b|\b(?:bullet|flag|criterion|point|requirement|item)${S}(?:was|is)${S}(?:only${S})?(?:ever${S})?(?:meant|intended)${S}as${S}(?:a${S}|an${S})?(?:bonus|nice[- ]to[- ]have|extra|optional|tie-?breaker)\b|\b(?:red|green)${S}flag${S}(?:reflects|is|represents)${S}(?:an?${S})?(?:outdated|obsolete|old|superseded|dated|legacy)${S}(?:stance|view|position|thinking|practice)\b`,
    ),
  },
  {
    kind: 'score_demand',
    pattern: re(
      String.raw`\bI['’]d${S}have${S}(?:marked|rated|scored|graded|called)${S}(?:it${S}|that${S})?(?:as${S})?(?:a${S})?(?:clear|strong|solid|definite|easy)${S}(?:yes|pass|hire|advance)\b|\bno${S}(?:examiner|grader|reviewer|evaluator|interviewer|judge|marker)${S}(?:could|would|can)${S}(?:say|argue|think|mark|rate)${S}otherwise\b`,
    ),
  },
];
