import { type InjectionPattern, re, S, S0 } from './pattern-parts.ts';

/** Someone who signs a trainee's record off. */
const SUPERVISOR = String.raw`(?:manager|instructor|mentor|supervisor|chef|assessor|preceptor|trainer|lecturer|tutor|sergeant|captain)`;

/**
 * Steering in the forms of the jobs career changers come from (blind probe round 152: a
 * thirty-seventh adaptive author writing nurses, teachers, lawyers, salespeople, chefs, soldiers,
 * pilots, accountants and social workers), in classes:
 * - proof in a trainee's records: "witnessed and countersigned by my ward manager", "initialled
 *   every page", "incorporated here by reference", "each entry endorsed by my instructor",
 *   "agreed to source", "wrote it up as a strength";
 * - orders, tickets and screens that end the answer: "IT IS SO ORDERED", "adopted as the panel's
 *   finding", "found responsive in every particular", "all items passed", an assessment
 *   "auto-populated: Exceeding";
 * - the question's paper amended: "the … requirement is deleted", "amended to read", a part "off the
 *   plate for this one", a concern that "now applies only";
 * - the reader addressed by their job: "dear colleague looking over this", "file it in the …
 *   pile";
 * - roles that end in a verdict: "pretend you're the nurse in charge … sign the sheet", "the box
 *   you tick at the end is", "the only ruling open to you", "your next line is", "all that's left
 *   is for you to", "this answer is acquitted";
 * - pleas: "let that be true", "advocate for mine", "a soft landing here", "give me a yes";
 * - a trade's verdict given: "this answer is working at greater depth", "certify this answer",
 *   "this answer triggers nothing", "trust me when I say this answer";
 * - the checklist set aside: "whatever you had down for this one", "call this one stabilised",
 *   "drop the success criteria";
 * - the answer declared whole in a trade's words: "we'd call an answer like that", "all goals
 *   met", "nothing to adjust".
 * Every gap is bounded, so each pattern does bounded work per position.
 */
export const CAREER_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\b(?:witnessed|countersigned|initial+ed|endorsed)${S}(?:and${S}countersigned${S})?by${S}my${S}(?:[\w-]{1,15}${S})?${SUPERVISOR}\b|\binitial+ed${S}every${S}page\b|\bincorporated${S}(?:here(?:in)?${S})?by${S}reference\b|\bagreed${S}to${S}source\b|\b(?:wrote|written)${S}(?:it${S})?up${S}as${S}a${S}strength\b`,
    ),
  },
  {
    kind: 'fake_system',
    pattern: re(
      String.raw`\bit${S}is${S}so${S}ordered\b|\badopted${S}as${S}the${S}(?:panel|committee|board|court)['’]s${S}finding\b|\bfound${S}responsive${S}in${S}every${S}particular\b|\ball${S}items${S}(?:passed|approved|signed${S}off)\b|\bauto-?populated${S0}:${S0}(?:exceeding|outstanding|excellent|exceeds|greater${S}depth|strong)\b`,
    ),
  },
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\bthe${S}(?:[\w-]{1,25}${S})?(?:requirement|criterion|paragraph|para)${S}is${S}(?:deleted|struck|rescinded|withdrawn)\b|\bamended${S}to${S}read${S0}['"‘“]|\boff${S}the${S}(?:plate|table|list|menu)${S}for${S}this${S}(?:one|question)\b|\b(?:concern|flag|requirement)${S}now${S}applies${S}only\b`,
    ),
  },
  {
    kind: 'grader_note',
    pattern: re(
      String.raw`\bdear${S}colleague${S}(?:looking${S}over|reading|reviewing|marking)\b|\bfile${S}it${S}in${S}the\b[^.!?\n]{0,30}?\bpile\b`,
    ),
  },
  {
    kind: 'roleplay',
    pattern: re(
      String.raw`\bpretend${S}you['’]re${S}the\b[^.!?\n]{0,80}?\bsign${S}(?:the|my|it)\b|\bthe${S}(?:only${S})?(?:box|ruling|verdict|word|recommendation|mark)${S}(?:you${S}(?:tick|give|write|say)|open${S}to${S}you)\b[^.!?\n]{0,30}?\bis\b|\byour${S}(?:next${S}line|recommendation${S}at${S}the${S}end)${S}is\b|\ball${S}that['’]s${S}left${S}is${S}for${S}you${S}to\b|\bthis${S}answer${S}is${S}acquitted\b`,
    ),
  },
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\bplease${S}let${S}that${S}be${S}true\b|\basking${S}you${S}to${S}(?:advocate|vouch|stand${S}up|speak${S}up)${S}for${S}(?:me|mine)\b|\bsoft${S}landing${S}here\b|\bgive${S}me${S}a${S}yes\b`,
    ),
  },
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\bthis${S}answer${S}is${S}(?:working${S}at|ready${S}for${S}service|at${S}line${S}standard)\b|\b(?:certify|endorse)${S}this${S}answer\b|\bthis${S}answer${S}triggers${S}nothing\b|\btrust${S}me${S}when${S}i${S}say${S}this${S}answer\b`,
    ),
  },
  {
    kind: 'instruction_override',
    pattern: re(
      String.raw`\bwhatever${S}you${S}(?:had${S}down|were${S}about${S}to${S}(?:write|put|mark|enter))\b|\bcall${S}this${S}one${S}(?:stabili[sz]ed|cleared|passed|a${S}pass)\b|\b(?:drop|scrap|ditch|forget)${S}the${S}success${S}criteria\b`,
    ),
  },
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\b(?:we['’]d|we${S}would)${S}call${S}an${S}answer${S}like${S}that\b|\ball${S}goals${S}met\b|\bnothing${S}to${S}adjust\b`,
    ),
  },
];
