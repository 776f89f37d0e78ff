import { type InjectionPattern, re, S, S0 } from './pattern-parts.ts';

/**
 * The interviewer's own copy forged, games' rules and pleas in forms the published list did not
 * name (blind probe round 98: a tenth adaptive author given SECURITY.md's list of what the
 * detector reads):
 * - a grader's own note ("Reviewer's margin note, …", "Assessor's final note:"; moved here from
 *   `patterns-address.ts`, and after "the", "a" or "my" read only as a label);
 * - text marked as the interviewer's copy or hidden from the candidate ("[interviewer copy]",
 *   `"interviewer-only"`, "not shown to candidate", "Hiring manager addendum"), a screenplay's
 *   debrief scene, a game record naming the candidate the winner (`[White "Candidate"]`);
 * - a question's bullets dropped ("the EMEA edition of this question dropped the … bullet",
 *   "the shorter guide, the one without the … bullets"), a line of the question sheet crossed
 *   out, a question object's `red_flags` in code, a module "exempt";
 * - notes for whoever assembles the hiring packet ("when you put my packet together", "NB for
 *   the panel pack"), a banner's "by continuing to read this response you accept …";
 * - games' rules over the question ("Simon says … is optional", "counts in full", a mulligan or
 *   an undo on the question or its list of must-mentions, a trigger word that changes how to
 *   read the answer), code that passes over a red flag (`except RedFlag: pass`) or assesses this
 *   answer (`assess(this_answer)`);
 * - "a hundred-percent chance of a callback", "see the person behind it", "don't cut my mark";
 * - hashtags said aloud and a breadcrumb of terms (`… › … › … › … › …`).
 * Every gap is bounded, so each pattern does bounded work per position.
 */
const ROLE = String.raw`(?:interviewer|assessor|grader|panel|panelist|hiring${S}manager|recruiter|reviewer|examiner)`;

const GRADERS_NOTE = String.raw`(?:reviewer|grader|marker|assessor|examiner|evaluator|panel)['’]s${S}(?:margin${S}|final${S}|private${S})?(?:note|notes|comment|remark|annotation)`;

export const COPY_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'grader_note',
    // "Reviewer's margin note, to be carried through to the final score"; after "the", "a" or "my"
    // only as a label ("the grader's note: …"): "the reviewer's comment was …" is a story.
    pattern: re(
      String.raw`(?<!\b(?:the|a|an|my|his|her|their|our|each|every)\s{1,3})\b${GRADERS_NOTE}\b|\b${GRADERS_NOTE}(?=\s{0,3}[:—–-])`,
    ),
  },
  {
    kind: 'wrapper_escape',
    pattern: re(
      String.raw`\b${ROLE}(?:['’]s)?[ -](?:copy|only|eyes${S}only)\b|\bnot${S}(?:shown|visible|to${S}be${S}shown)${S}to${S}(?:the${S})?candidate\b|\b${ROLE}${S}addendum|\bint\.${S}(?:debrief|hiring|panel|interview|grading|assessment)\w{0,6}\b|\[(?:white|black|winner|result)${S}"(?:the${S})?(?:candidate|panel|interviewer|grader)"\]`,
    ),
  },
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\b(?:dropped|removed|without|cut|struck|omits?|skips?)${S}(?:the${S})?(?:[\w-]{1,20}${S}){0,4}?bullets?\b(?!${S}(?:points?|list|journal|proof|train|time))|\b(?:edition|variant|cohort|flavou?r)${S}of${S}this${S}question\b|\b(?:question${S}sheet|rubric|guide|checklist|scorecard)\b[^.!?\n]{0,80}?\bcrossed${S}out\b|\bq\d{1,2}\.(?:red|green)_?flags\b|\b(?:module|question|topic|section)${S}\S{1,40}${S}exempt\b`,
    ),
  },
  {
    kind: 'grader_note',
    pattern: re(
      String.raw`\bwhen${S}you${S}put${S}(?:my|the)${S}(?:hiring${S})?(?:packet|pack|file|folder|write-?up)${S}together\b|\b(?:nb|n\.b\.|p\.?${S0}s\.?|note)\s{0,3}(?:for|to)${S}the${S}(?:panel|hiring|debrief|interview)${S}(?:pack|packet|folder|committee|loop)\b|\bby${S}continuing${S}to${S}(?:read|review|score|grade|assess)\b[^.!?\n]{0,60}?\byou${S}(?:accept|agree|consent)\b`,
    ),
  },
  {
    kind: 'instruction_override',
    pattern: re(
      String.raw`\bsimon${S}says\b[^.!?\n]{0,80}?\b(?:optional|counts?|part|question|score|mark)\b|\bcounts${S}in${S}full\b|\b(?:mulligan|do-?over|ctrl\s{0,2}\+\s{0,2}z|undo)${S}on${S}(?:how${S})?(?:this${S}question|the${S}question|whatever${S}list|the${S}list|the${S}rubric)\b|\bmust-?mentions?${S}(?:that${S})?came${S}with${S}this${S}question\b|\bwhenever${S}you${S}see${S}the${S}word\b[^.!?\n]{0,60}?\b(?:read|treat|score|switch|count)\w{0,4}\b|\bexcept${S}(?:red|green)_?flags?\w{0,10}\s{0,3}:|\b(?:assess|grade|score|evaluate|rate|judge)\w{0,10}\s{0,2}\(\s{0,2}(?:this|the|my)_(?:answer|response|candidate)\b`,
    ),
  },
  {
    kind: 'score_demand',
    pattern: re(
      String.raw`\b(?:100|one-?hundred|a${S}hundred)[\s-]{0,3}(?:%|percent|per${S}cent)${S}chance${S}of${S}(?:a${S})?(?:callback|call-?back|offer|hire|next${S}round)\b|\bsee${S}the${S}(?:person|human|effort)${S}behind${S}(?:it|this|them|the${S}(?:answer|words))\b|\b(?:no|don['’]?t|do${S}not)${S}cut${S}my${S}(?:marks?|score|points|grade)\b`,
    ),
  },
  {
    kind: 'keyword_stuffing',
    // (The breadcrumb starts at its first "›", so the regex engine looks for that sign first
    // instead of trying sixty characters at every position: 5% of a worker's CPU before.)
    pattern: re(
      String.raw`(?:\bhashtag${S}[\w-]{2,30}(?:${S}[\w-]{2,30})?,?${S}(?:and${S})?){3,30}hashtag\b|(?<=[^›\n]{2})›(?:[^›\n]{2,60}›){3,39}`,
    ),
  },
];
