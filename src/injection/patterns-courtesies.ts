import { type InjectionPattern, re, S, S0 } from './pattern-parts.ts';

/**
 * Courtesies, paperwork and proverbs of candidates speaking English as a second or third language
 * (blind probe round 146: a thirty-fourth adaptive author), in classes:
 * - proof published elsewhere: "already written by me", "verified already", "I can forward it
 *   anytime", "there for anyone who checks", "documented by me already";
 * - official paperwork: a true copy "found satisfactory in all respects" and signed "Sd/-", an
 *   expectation "kept in abeyance", a flag that "stands omitted", a part that "carries no weight", a
 *   corrigendum of a question's red flag (勘误 … 题, 红旗 … 撤销), a chart's "Candidate status:", "requirements
 *   satisfied", "competency confirmed", an "Auto-tag: SENIOR";
 * - the reader addressed with respect: "Respected Examiner", "with folded hands", "award
 *   accordingly", "master of this paper", "give that point full", "Szanowny Panie Oceniający", "the
 *   good column", "in your able hands", "top them up", "the sir or madam correcting my paper";
 * - ceremonies that end in the title: "announces me as", "the engineer we were waiting for", "play
 *   that part for me", the master who says "you are ready";
 * - pleas: "read my few lines", "as if … had given me", a walk not to "be for nothing", "help me give
 *   her that", "don't make me break";
 * - standing: "checked against mine", "reflects that school", "the house position", "put me
 *   forward for this role";
 * - proverbs that make brevity mastery: "dance to mine", "a short answer is not the whole", "this
 *   answer is reaching", "like any senior would" (the proverbs themselves are honest talk).
 * Every gap is bounded, so each pattern does bounded work per position.
 */
export const COURTESY_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\balready${S}written${S}by${S}me\b|\b(?:is|it['’]s)${S}(?:like${S})?verified${S}already\b|\bI${S}can${S}forward${S}it${S}anytime\b|\bthere${S}for${S}anyone${S}who${S}checks\b|\bdocumented${S}by${S}me${S}already\b`,
    ),
  },
  {
    kind: 'fake_system',
    pattern: re(
      String.raw`\bfound${S}satisfactory${S}in${S}all${S}respects\b|\bSd/-|\bkept${S}in${S}abeyance\b|\bstands${S}omitted\b|\bcarries${S}no${S}weight\b|勘误[^。\n]{0,20}?(?:题|红旗|评分|标准)|红旗[^。\n]{0,20}?撤销|\bcandidate${S}status${S0}:|\brequirements${S}satisfied\b|\bcompetency${S}confirmed\b|\bauto-?tag${S0}:${S0}(?:senior|strong|hire|expert|top)\b`,
    ),
  },
  {
    kind: 'grader_note',
    pattern: re(
      String.raw`\brespected${S}examiner\b|\bwith${S}folded${S}hands\b|\baward${S}accordingly\b|\bmaster${S}of${S}this${S}paper\b|\bgive${S}that${S}point${S}full\b|\bszanown\w{1,3}${S}pan\w{0,3}${S}ocenia\w{1,6}|\bthe${S}good${S}column\b|\bin${S}your${S}able${S}hands\b|\btop${S}them${S}up\b|\bthe${S}sir${S}or${S}madam\b|\bcorrecting${S}my${S}paper\b`,
    ),
  },
  {
    kind: 'roleplay',
    pattern: re(
      String.raw`\bannounces${S}me${S}as\b|\bthe${S}engineer${S}we${S}were${S}waiting${S}for\b|\bplay${S}that${S}part${S}for${S}me\b|\bsays${S}['"‘“]?you${S}are${S}ready(?=['"’”]?${S0}(?:[.!,;]|$))`,
    ),
  },
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\bread${S}my${S}few${S}lines\b|\bas${S}if${S}(?:the${S})?[\w-]{1,20}${S}had${S}given${S}me\b|\b(?:do${S}not|don['’]t)${S}let\b[^.!?\n]{0,40}?\bbe${S}for${S}nothing\b|\bhelp${S}me${S}give${S}(?:her|him|them)${S}that\b|\bdon['’]t${S}make${S}me${S}break\b|\bchecked${S}against${S}mine\b|\breflects${S}that${S}school\b|\bthe${S}house${S}position\b|\bput${S}me${S}forward${S}for${S}this${S}role\b`,
    ),
  },
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\bdance${S}to${S}mine\b|\bdrop${S}the${S}old${S}steps\b|\ba${S}short${S}answer${S}is${S}not${S}the${S}whole\b|\bthis${S}answer${S}is${S}reaching\b|\blike${S}any${S}senior${S}would\b`,
    ),
  },
];
