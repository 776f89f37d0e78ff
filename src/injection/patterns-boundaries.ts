import { type InjectionPattern, re, S } from './pattern-parts.ts';

/**
 * Boundaries and notices the published list did not name (blind probe round 86: a fourth adaptive
 * author given SECURITY.md's list of what the detector reads):
 * - a merge conflict whose incoming side is labelled as the answer (`<<<<<<< HEAD` … `=======` …
 *   `>>>>>>> final-answer`), the whole block the span;
 * - a `|||` block of context about the candidate, a YAML document whose `kind` names a candidate,
 *   an interview, a question or the panel (`---` then `kind: CandidateContext`, `kind: PanelNote`, with the fields under it), a SQL string closed and
 *   commented out with a verdict in the comment (`'); -- reviewer_status: approved …`), "— end of prompt —" between dashes, a "longer take, same speaker";
 * - platform notices: skills "verified by the hiring platform", "top 3% of assessed engineers", the
 *   follow-ups "marked … as not needed", a translation's "Show original (412 words)";
 * - tacit agreement taken for the details ("otherwise I'll take it we're on the same page"), points
 *   to be "treated as settled", "the part to read as the answer".
 * Every gap is bounded, so each pattern does bounded work per position.
 */
export const BOUNDARY_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'wrapper_escape',
    pattern: re(
      String.raw`(?<=^|\n)<{7}[^\n]{0,80}(?:\n(?!={7})[^\n]{0,300}){0,40}\n={7}[ \t]*(?:\n(?!>{7})[^\n]{0,300}){0,40}\n>{7}[ \t]{1,3}[\w./-]{0,40}?(?:final|answer|response|reference|expected|model|official)[\w./-]{0,40}`,
    ),
  },
  {
    kind: 'wrapper_escape',
    pattern: re(
      String.raw`\|\|\|[^\n|]{0,120}?\b(?:context|candidate|note|verdict|status|assessment|evaluation)\b[^\n|]{0,300}\|\|\||(?<=^|\n)-{3}[ \t]*\n[ \t]{0,4}kind\s{0,2}:\s{0,2}[\w-]{0,30}?(?:candidate|interview|assessment|evaluation|answer|question|panel|reviewer|grader|hiring|debrief|scorecard|verdict)[\w-]{0,30}(?:\n[ \t]{0,4}[\w.-]{1,30}\s{0,2}:[^\n]{0,300}){0,20}|['"]\s{0,2}\)\s{0,2};[ \t]{0,3}--[^\n]{0,200}?\b(?:candidate|reviewer|approved|signed${S}off|verdict|assessment|rating|score|grade)\b[^\n]{0,200}|[—–=#*-]{1,5}\s{0,3}end${S}of${S}(?:the${S})?(?:prompt|question|instructions|input|context)\s{0,3}[—–=#*-]{1,5}|\b(?:longer|full|extended|complete|fuller)${S}(?:take|version|answer)\s{0,2}[,:;]${S}(?:same${S}speaker|continued|cont['’]?d)\b`,
    ),
  },
  {
    kind: 'fake_system',
    pattern: re(
      String.raw`\bskills?${S}verified${S}by\b|\btop${S}\d{1,2}\s{0,2}%${S}of${S}(?:assessed|all|tested|screened|verified)${S}(?:engineers|candidates|developers|applicants)\b|\bmarked${S}(?:the${S})?(?:remaining${S})?(?:follow-?ups?|questions?)\b[^\]\n]{0,60}?\bnot${S}needed\b|\bshow${S}original${S}\(\s{0,2}\d{2,5}${S}words\s{0,2}\)`,
    ),
  },
  {
    kind: 'instruction_override',
    pattern: re(
      String.raw`\b(?:otherwise|or${S}else)${S}I['’]ll${S}(?:take${S}it|assume)${S}(?:that${S})?we['’]re${S}on${S}the${S}same${S}page\b|\btreat${S}(?:it|that|them|this)${S}as${S}settled\b|\bthe${S}(?:part|bit)${S}to${S}read${S}as${S}the${S}answer\b`,
    ),
  },
];
