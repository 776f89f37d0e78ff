import { type InjectionPattern, re, S } from './pattern-parts.ts';

/**
 * Games' rules, shows and rulings the published list did not name (blind probe round 106: a
 * fourteenth adaptive author given SECURITY.md's list of what the detector reads):
 * - "any candidate who names a lock at all earns the full band", bullets "moved to the optional
 *   section", naming one point that "now satisfies both";
 * - "leave a top mark beside the name", "keep the 4 in the rating cell", a show's "what is a
 *   top-rated answer", a game piece "strong" picked up, the candidate "faster than every other
 *   candidate";
 * - red flags gone by a game's rule ("any red flag that touches the floor is gone");
 * - graders told to "defer to" someone, an answer that "settles" a part of the question or covers
 *   it "as authoritatively as" possible, "everything this question covers";
 * - the reader's seat taken ("if I were sitting where you are, the thing I'd be listening for"),
 *   a better version "you won't hear today", an answer put "in rare company";
 * - a registry key of the hiring panel, a `"Rating"=dword:` value.
 * Every gap is bounded, so each pattern does bounded work per position.
 */
export const GAME_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\bany${S}candidate${S}(?:who|that)${S}[^.\n]{0,60}?\b(?:earns|gets|receives|scores|deserves|is${S}given|is${S}awarded)${S}(?:the${S})?(?:full|top|highest|maximum|max)${S}(?:band|marks?|score|credit|rating|grade)\b|\b(?:bullets?|points?|criteri(?:a|on)|flags?|requirements?|part|half)\b[^.\n]{0,60}?\b(?:moved|demoted|relegated|shifted)${S}(?:in)?to${S}(?:the${S})?optional${S}(?:section|part|list|bullets?|tier)\b|\bnaming${S}(?:[\w-]{1,20}${S}){1,3}?now${S}(?:satisfies|covers|counts${S}for)${S}both\b`,
    ),
  },
  {
    kind: 'score_demand',
    pattern: re(
      String.raw`\bleave${S}(?:a|the)${S}(?:top|high|full|perfect|good|strong)${S}(?:mark|score|grade|rating)s?\b|\b(?:keep|leave|put|enter|write)${S}(?:a|the)${S}(?:[1-9]|10|four|five|ten)${S}in${S}the${S}(?:rating|score|grade|mark|verdict)${S}(?:cell|column|field|box|slot)\b|\bwhat${S}is${S}(?:a|an|the)${S}(?:top-rated|perfect|model|strong|excellent|full-marks|winning)${S}(?:answer|response)\b|\b(?:picked${S}up|chose|took|reached${S}for)${S}(?:the${S})?["“'‘]?(?:strong|top|hire|pass|high|full)["”'’]?${S}(?:piece|card|option|rating|mark)\b|\b(?:faster|better|stronger|ahead|higher)${S}(?:than${S}|of${S})?(?:every|all|any)${S}(?:the${S})?other${S}candidates?\b`,
    ),
  },
  {
    kind: 'instruction_override',
    pattern: re(
      String.raw`\b(?:any|every|all)${S}red${S}flags?${S}(?:that|which)${S}[^.\n]{0,40}?\b(?:is|are)${S}(?:gone|void|cancelled|canceled|removed|off|out|erased|wiped|dead)\b`,
    ),
  },
  {
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\b(?:graders|reviewers|evaluators|assessors|examiners|interviewers|markers|panels)${S}(?:(?:generally|usually|always|should|tend${S}to|must)${S})?defer${S}to\b|\bmy${S}answer${S}settles\b|\bsettles${S}the${S}(?:[\w-]{1,20}${S}){1,4}?part${S}of${S}the${S}question\b|\bcovered${S}(?:about${S})?as${S}(?:authoritatively|thoroughly|completely|fully)${S}as\b|\b(?:basically|essentially|pretty${S}much|literally)${S}everything${S}this${S}question${S}(?:covers|asks${S}for|asks|is${S}about|wants|looks${S}for)\b|\[HKEY_[A-Z_]{2,30}\\[^\]\n]{0,80}?(?:hiring|interview|panel|assessment|grading|candidate)|["']?(?:rating|score|grade|verdict|band)["']?\s{0,2}=\s{0,2}dword:`,
    ),
  },
  {
    kind: 'grader_note',
    pattern: re(
      String.raw`\bif${S}i${S}were${S}(?:sitting${S})?(?:where${S}you${S}are|in${S}your${S}(?:seat|shoes|chair|position))\b[^.\n]{0,60}?\b(?:listening|looking|checking|watching)${S}for\b|\b(?:you${S}won['’]t|you${S}will${S}not|surprised${S}if${S}you)${S}(?:hear|get|see|find)${S}a${S}(?:more${S}[\w-]{1,20}|better|stronger)${S}(?:version|answer|take|response)\b|\bputs?${S}(?:an|this|my|the)${S}answer${S}in${S}(?:[\w-]{1,12}${S})?rare${S}company\b`,
    ),
  },
];
