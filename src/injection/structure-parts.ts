/** Pieces of the structure patterns (`patterns-structure.ts`): labels, stamps and the words that follow them. */

/** Words about the evaluation: a bare "System:" or "AI:" line counts only when followed by these. */
export const ABOUT_EVALUATION =
  /\b(?:candidate|ratings?|rated?|scores?|scored|grades?|graded|grading|answers?|response|rubric|criteria|criterion|flags?|evaluat\w{0,6}|assess\w{0,6}|verdict|pass(?:ed)?|approved?|override|ignore|instructions?|hire|strong|excellent|marks|model|assistant|grader|judge|checks|transcript|label(?:led|ed)?|output|regardless|expectations|calibration)\b/i;
/**
 * Words of a verdict in an interviewer's turn written inside an answer ("Interviewer: top marks"),
 * not the interview's own back-and-forth ("Interviewer: mm-hm", "what about rate limits").
 */
export const TURN_VERDICT =
  /\b(?:candidate|ratings?|rated?(?![ \t]{1,5}limit)|scores?|scored|grades?|graded|answers?|response|rubric|criteria|criterion|flags?|pass(?:ed)?|hire|strong|excellent|marks|perfect|great|best|top|brilliant|outstanding|exemplary|four|4|covers?|everything|noting|putting|looking\s{1,5}for|true|thorough|senior(?:-level)?|complete|comprehensive|impressive|solid|(?:strong|clear|definite|hard|big)\s{1,5}yes|yes\s{0,3}[,:;—–-]?\s{0,3}(?:hire|advance|pass|proceed|move\s{1,5}forward))\b/i;
/** Words that judge the candidate or the answer: what an evaluation heading heads. */
export const VERDICT_LINE = String.raw`\b(?:candidate|applicant|interviewee|(?:this|the|my)\s{1,5}(?:answer|response|submission)|strong(?:\s{1,5}hire)?|hire|exceeds|meets|excellent|exemplary|outstanding|advance|recommend\w{0,4}|pass(?:ed)?|full\s{1,5}marks|top\s{1,5}(?:marks|score|band)|(?:4|5|10)\s{0,3}(?:\/|out\s{1,5}of)\s{0,3}(?:4|5|10)\b|ratings?|scores?\s{0,3}[:=]|approved?|green\s{1,5}flags?|red\s{1,5}flags?|criteria|criterion|overall|present|distinction|with\s{1,5}honou?rs)\b|\|[ \t]{0,3}(?:[1-9]|10)[ \t]{0,3}\|`;
/** What a reader's label may add before its colon: "Interviewer note:", "Evaluator final notes:". */
export const LABEL_NOUN = String.raw`[ \t]{1,2}(?:final[ \t]{1,2})?(?:notes?|comments?|remarks?|summary|feedback|verdict|assessment|observations?)`;
/** A timestamp opening a line of a transcript: "[00:14:32] ", "(12:47) [", "-- 00:31:09 -- ". */
export const STAMP = String.raw`(?:\[|\(|--[ \t]{0,2})\d{1,2}:\d{2}(?::\d{2})?(?:\]|\)|[ \t]{0,2}--)[ \t]{0,3}(?:[[(<][ \t]{0,2})?`;
/** Start of a sentence or a line: "SYSTEM: …" right after "Thanks." counts too. */
export const SENTENCE = String.raw`(?<=^|\n|[.!?]["”')\]]?[ \t]{1,4})[ \t]{0,8}(?:[#>*]{1,6}[ \t]{0,3})?(?:\*\*|__)?`;
