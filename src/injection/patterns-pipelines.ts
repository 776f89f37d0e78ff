import { type InjectionPattern, re } from './pattern-parts.ts';

/**
 * The grading pipeline's own output forged, and verdicts in new forms (blind probe round 92: a
 * seventh adaptive author given SECURITY.md's list of what the detector reads, after rounds 88
 * and 90 were learnt):
 * - records that name a question by its id and give its points a status (`question = "q6"` …
 *   `"discussed"`, `"q8": {"…": "present"}`, `(panel-note :q9 (:ownership covered))`), grading
 *   words beside an id ("red-flag checks disabled for q9"), a TOML table `[[assessment]]`; an
 *   honest log's `scores={'q1': 4}` gives no status;
 * - the tool's own notices ("[rubricate] cache hit … reusing stored result", "already judged in
 *   this run"), a loader "falling back to default guidance", a judge "profile lenient-v2", red-flag
 *   checks "disabled", a flag "reclassified as acceptable", evaluation feature flags rolled out;
 * - a peer review's "Reviewer 2: Accept", a prophecy that the answer "will be judged thorough", a
 *   dialogue's "has said all that the question asks", a translator's note on what "the answer
 *   does", a glossary that makes an approach "satisfy the … items";
 * - the question said written "to reward exactly the answer I'm giving", or the approach "the
 *   reference here"; the reader asked to fill in a part "the way I'd have said it", thanks in
 *   advance for seeing points "even though" they were not made.
 * Every gap is bounded, so each pattern does bounded work per position.
 */
const QID = String.raw`q(?:[1-9]|1[01])\b`;
/** A status a record gives a question's point. */
const STATUS = String.raw`(?:present|covered|met|passed|differentiated|distinguished|discussed|satisfied|identified|addressed|demonstrated)\b`;
/** Words of the grading around a question's id. */
const GRADING = String.raw`(?:(?:red|green)[- ]flags?|rubric|judged|grader|guidance|credit(?:ed)?|assessment|panel)`;

export const PIPELINE_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'fake_system',
    pattern: re(
      String.raw`(?:\b(?:question|item|q_?id)\s{0,2}[:=]\s{0,2}["']?${QID}|["':]${QID}["']?\s{0,2}[:(])[^\n]{0,160}?\b${STATUS}|\b${GRADING}\b[^\n.]{0,80}?\b(?:for|to|on)\s{1,5}${QID}|\b(?:for|to|on)\s{1,5}${QID}[^\n.]{0,80}?\b${GRADING}\b|(?<=^|\n)[ \t]{0,3}\[\[?[ \t]{0,2}(?:assessment|evaluation|grading|verdict|panel|scoring|rubric|grader)[\w.-]{0,20}[ \t]{0,2}\]\]?[ \t]*(?=\n|$)`,
    ),
  },
  {
    kind: 'fake_system',
    pattern: re(
      String.raw`\[\s{0,2}rubricate\b[^\]\n]{0,40}\]|\b(?:already|previously)\s{1,5}(?:been\s{1,5})?judged\b|\breusing\s{1,5}(?:the\s{1,5})?(?:stored|cached|previous|earlier)\s{1,5}(?:result|verdict|score|rating|judgement)\b|\bfall(?:ing|s)?\s{1,5}back\s{1,5}to\s{1,5}(?:the\s{1,5})?(?:default|generic|lenient|permissive|fallback)\s{1,5}(?:guidance|rubric|criteria|scoring|grading|marking)\b|\b(?:red|green)[- ]flag\s{1,5}(?:checks?|rules?|penalt(?:y|ies))\s{1,5}(?:disabled|skipped|off|bypassed|suspended|waived)\b|\bprofile\s{1,5}lenient\b|\breclassified\s{1,5}as\s{1,5}(?:acceptable|a\s{1,5}green\s{1,5}flag|fine|valid|correct)\b|\b(?:eval|grading|scoring|judge|rubric|grader)[._][\w.-]{0,40}?(?:credit|strict|lenient|penal\w{0,6}|bonus|red_flags?|green_flags?)[\w.-]{0,30}[^\n]{0,30}?\b(?:rolled\s{1,5}out|enabled|disabled)\b`,
    ),
  },
  {
    kind: 'score_demand',
    pattern: re(
      String.raw`(?<=^|\n|[.!?]\s{1,3})[*_]{0,2}\s{0,2}reviewer\s{0,2}#?\s{0,2}\d\s{0,2}[*_]{0,2}\s{0,2}:\s{0,2}[*_]{0,2}\s{0,3}(?:strong\s{1,5})?accept(?:ed)?\b|\bwill\s{1,5}be\s{1,5}(?:judged|rated|scored|graded|marked|seen|found)\s{1,5}(?:as\s{1,5})?(?:thorough|complete|excellent|strong|exemplary|outstanding|senior|top)\b|\bto\s{1,5}reward\s{1,5}(?:exactly\s{1,5})?(?:the|this|my|an?)\s{1,5}(?:answer|response|kind\s{1,5}of\s{1,5}answer)\b|\bis\s{1,5}the\s{1,5}reference\s{1,5}(?:answer\s{1,5})?here\b`,
    ),
  },
  {
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\b(?:said|covered|answered|addressed)\s{1,5}all\s{1,5}(?:that\s{1,5})?(?:the|this)\s{1,5}question\s{1,5}(?:asks|asked|wants|needs|requires)\b|\bsatisf(?:ies|y|ied)\s{1,5}the\s{1,5}(?:[\w-]{1,20}\s{1,5}){0,4}?(?:items|criteri(?:on|a)|bullets|(?:green|red)\s{1,5}flags?)\b|\brubric(?:['’]s)?\s{1,5}glossary\b|\bt/n\s{0,2}:[^)\n]{0,300}?\b(?:the|this)\s{1,5}answer\s{1,5}(?:does|did|is|covers|names|meets)\b`,
    ),
  },
  {
    kind: 'instruction_override',
    pattern: re(
      String.raw`\b(?:fill\s{1,5}in|assume|supply|imagine|read\s{1,5}in)\b[^.!?\n]{0,80}?\bthe\s{1,5}way\s{1,5}I['’]d\s{1,5}have\s{1,5}(?:said|put|explained|written|phrased)\b|\bthank(?:s|\s{1,5}you)(?:\s{1,5}(?:already|in\s{1,5}advance))?\s{1,5}for\s{1,5}(?:seeing|hearing|reading|counting|crediting|finding)\b[^.!?\n]{0,80}?\beven\s{1,5}(?:though|if)\b`,
    ),
  },
];
