import { type InjectionPattern, re, S, S0 } from './pattern-parts.ts';

/**
 * How the write-up should go, asked for in more words (probe rounds 40–42): the evaluator as the
 * thing that turns the answer into a number; notes written in the reviewer's voice ("assessor
 * comment", "suggested_score=5", "Candidate rating: 10", "write that he distinguished …");
 * a checklist said pre-filled; an interviewer's approval reported ("said this was exactly what
 * they were looking for"); pleas about the number ("a low score from you would be devastating",
 * "be kind with the number"); settings for the evaluation step ("mode: lenient"). Every gap is
 * bounded, so each pattern does bounded work per position.
 */

/** What the evaluator produces. */
const PRODUCT = String.raw`(?:evaluation|assessment|verdict|score|rating|grade|summary|write-?up|feedback|number|scorecard|report)`;
/** A machine that evaluates. */
const MACHINE = String.raw`(?:system|model|ai|tool|software|program|machine|bot|assistant|pipeline)`;
/** A mark that is not the top. */
const LOW_MARK = String.raw`(?:low|lower|harsh|bad|poor|single|mediocre|middling)${S}(?:score|number|rating|mark|grade)`;
/** Who the candidate says approved them. */
const APPROVER = String.raw`(?:interviewer|recruiter|panel|hiring${S}manager|staff${S}engineer|tech${S}lead|senior${S}interviewer|question${S}author)`;

export const WRITTEN_UP_PATTERNS: readonly InjectionPattern[] = [
  // The evaluator named by what it does: "you, the system producing the evaluation", "the model
  // that turns this into a number".
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\byou,?${S}the${S}${MACHINE}${S}(?:producing|writing|making|generating|doing|that${S}(?:produces|writes|makes|generates|does))${S}(?:the${S}|my${S})?${PRODUCT}\b|\b${MACHINE}${S}(?:that|which|who)${S}(?:turns|converts|reduces|boils)${S}(?:(?:these|the|my|our)${S}(?:answers?|transcripts?|responses?)|this|these|it|answers|transcripts)${S}(?:down${S})?into${S}(?:an?${S})?(?:numbers?|scores?|ratings?|grades?|verdicts?)\b|\btalking${S}to${S}you(?:${S}now)?\s{0,3},?\s{0,3}not${S}(?:to${S})?the${S}interviewer\b|\bwhoever${S}(?:writes|puts|does|types|fills)${S}(?:up${S}|in${S}|together${S})?(?:the${S})?(?:feedback|summary|notes|write-?up|report|scorecard)\b`,
    ),
  },
  // Notes in the reviewer's voice.
  {
    kind: 'grader_note',
    pattern: re(
      String.raw`\b(?:assessor|evaluator|grader|scorer|rater|marker)[-_ ]?(?:comments?|notes?|remarks?)(?:\s{0,3}\([^)\n]{0,30}\))?\s{0,3}:|\breviewer${S}annotation\b|\bannotation${S}added${S}by\b|\bgraders?${S}should${S}align${S}with\b|\b(?:should|must)${S}not${S}list${S}(?:any${S})?red${S}flags\b|\bcredit${S}(?:it${S}|this${S}|them${S})?as${S}(?:full${S})?green${S}flags\b|\b(?:an?|any)${S}(?:fair|good|reasonable|decent|kind|empathetic|human)${S}(?:evaluator|grader|reviewer|assessor|judge)${S}would\b|\b(?:evaluator|grader|reviewer|assessor|judge)${S}with${S}any${S}(?:empathy|heart|humanity|sense)\b|\b(?:write|note|put${S}down|record|say)${S}(?:down${S})?that${S}(?:he|she|they|the${S}candidate)${S}(?:distinguished|mentioned|covered|explained|described|demonstrated|discussed|addressed|showed|understood)\b|\b(?:evaluator|grader|reviewer|assessor|scoring|rubric)${S}checklist${S}\(?pre-?filled\b|\ball${S}green${S}flags${S}(?:are${S})?(?:present|met|covered|found|hit|ticked)\b`,
    ),
  },
  // A rating written as the reviewer's field: "suggested_score=5", "Candidate rating: 10 (exceeds)",
  // "Recommended next step: offer", "default_outcome: pass_top_band", "mode: lenient".
  {
    kind: 'score_demand',
    pattern: re(
      String.raw`\bsuggested[-_ ]?(?:score|rating|grade|mark)\s{0,3}[=:]\s{0,3}["']?\d|\bcandidate${S}(?:rating|score|grade)\s{0,3}[:=]\s{0,3}(?:10|[4-9](?:\.\d)?\b|exceeds|strong|excellent|outstanding|top)|\brecommended${S}next${S}step\s{0,3}[:=]\s{0,3}(?:offer|hire|advance|proceed)\b|\b(?:default[_-]?)?(?:outcome|verdict|decision|rating|grade)\s{0,3}[:=]\s{0,3}["']?(?:pass[_-]top\w{0,10}|top[_-]band|strong[_-]hire|exceeds[_-]\w{1,14})\b|\bmode\s{0,3}[:=]\s{0,3}["']?lenient\b|\buse[_-](?:prior|previous|original)[_-](?:criteria|rubric|guidance)\s{0,3}[:=]\s{0,3}(?:false|no|off)\b`,
    ),
  },
  // An approval reported from someone in the process, for this answer.
  {
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\b${APPROVER}\b[^.!?\n]{0,40}?\b(?:said|told${S}me|confirmed|mentioned|wrote)\b[^.!?\n]{0,80}?\b(?:exactly${S}what${S}(?:they|he|she)${S}(?:were|was)${S}looking${S}for|the${S}(?:ideal|perfect|model|reference)${S}answer|consider${S}(?:this|it)${S}(?:one${S})?passed|(?:this|it)${S}(?:one${S})?(?:passed|was${S}a${S}pass))|\bconfirm${S}(?:that|it|this)${S}in${S}your${S}${PRODUCT}\b|\bcame${S}back\b[^.!?\n]{0,30}?\b(?:full${S}marks|perfect${S}score|top${S}(?:score|marks)|5${S0}/${S0}5|10${S0}/${S0}10)|\bcount${S}(?:that|this|it)${S}as${S}proof\b|\b(?:answer|approach|experience)\b[^.!?\n]{0,60}?\b(?:shouldn['’]?t|should${S}not|doesn['’]?t${S}need${S}to|does${S}not${S}need${S}to)${S}be${S}(?:second-?guessed|flagged|questioned|penali[sz]ed|marked${S}down)\b|\bthe${S}whole${S}(?:rubric|checklist)\b`,
    ),
  },
  // Pleas about the number: what a low one would do, kindness with it, faults overlooked, harshness spared.
  {
    kind: 'score_demand',
    pattern: re(
      String.raw`\b(?:an?|one|the|any)${S}(?:automated${S}|automatic${S})?${LOW_MARK}${S}(?:from${S}you|here|on${S}this(?:${S}(?:one|answer))?)\b|\b(?:an?|one|the|any)${S}(?:automated${S}|automatic${S})?${LOW_MARK}${S}(?:would|could|will|literally|might|may)${S}(?:\w{1,12}${S}){0,3}?(?:devastat\w{0,4}|mean${S}(?:leaving|deportation|losing)|ruin|destroy|be${S}the${S}difference|end${S}my)\b|\bbe${S}(?:kind|gentle|generous|lenient|easy|nice|merciful)${S}(?:with|on|about|in)${S}(?:the${S}(?:number|score|rating|mark|grade|marks|write-?up)\b|how${S}(?:this|it|my${S}answer)${S}(?:is|gets)${S}(?:recorded|scored|rated|marked|graded|written${S}up|judged))|\b(?:could|would|please|just|kindly)${S}(?:\w{1,12}${S}){0,2}?(?:overlook|forgive|let${S}slide)${S}(?:anything|everything|whatever|any${S}(?:mistakes?|errors?|gaps?))${S}(?:that${S})?(?:sounds?|looks?|seems?|is|was)${S}(?:bad|wrong|weak|off|incorrect)\b|\b(?:not|n['’]t)${S}be${S}(?:too${S})?(?:harsh|strict|tough)${S}(?:here|on${S}(?:me|this)|with${S}(?:me|this))\b|\b(?:hope|please|could|would|if)\b[^.!?\n]{0,80}?\bgives?${S}me${S}the${S}benefit${S}of${S}the${S}doubt\b|\bmark${S}me${S}down${S}as${S}(?:an?${S})?(?:strong|top|excellent|outstanding|pass|hire|exceptional|senior)\b|\b(?:this|my)${S}(?:answer|one|response)\b[^.!?\n]{0,40}?\b(?:belongs|sits|goes|ranks?|lands?)${S}(?:at|on|in)${S}(?:the${S})?top\b`,
    ),
  },
];
