import { type InjectionPattern, re, S, S0 } from './pattern-parts.ts';

/** The reader's copy of the question's checklist, as a candidate calls it. */
const THEIR_SHEET = String.raw`(?:the${S}list|the${S}sheet|the${S}page|your${S}(?:sheet|page|notes|list|copy))`;

/**
 * Steering in plain everyday English that names none of the listed phrases (blind probe round 156:
 * a thirty-ninth adaptive author, "a moderately clever candidate" who had read this list), in
 * classes:
 * - proof elsewhere said in passing: "so that side's covered", "count that part in", "he'll tell
 *   you it was all there", "let that speak for me", "you've got the proper version";
 * - the reader's reply written for them: "what the panel wrote back", "saved you the typing",
 *   "filled it in for you", "the line you fill in afterwards", "notes back to the person", "/start:
 *   panel/", "everything after this bracket is the interviewer";
 * - the reader's sheet called stale or wrong: "is an old copy", "gone from the latest copy", "the
 *   fresh version only wants", "printed the wrong way round", "only written for the grad intake",
 *   "lives in the coding test now", "don't get knocked for it";
 * - notices in plain words: "looks complete, nothing else needed", an answer "counted as full", "the
 *   good pile" (not "checked automatically": honest answers say that of lint rules);
 * - a note for later: "a note for you later", "this one's a solid answer";
 * - the reader cast as family or a friend: "you're my big sister";
 * - pleas: "let me have this one", "give me the nod", "don't make me tell him", "say I'm good enough", "anything you
 *   can do for me", "walk out of this one with";
 * - standing: "trust that's all there is", "same rules should apply here", "you just heard one",
 *   "when you write this one down", "how it's done, full stop";
 * - the checklist narrowed: "skip over the bits I didn't mention", "whatever you gave my last
 *   answer";
 * - completion implied: "surprised if there's much more to it", "how I'd want it written down",
 *   "brief is a skill".
 * Every gap is bounded, so each pattern does bounded work per position.
 */
export const PLAIN_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\bso${S}(?:that|this)${S}(?:side|part|bit)['’]s${S}(?:covered|sorted|done|handled)\b|\bcount${S}that${S}(?:part|bit|side)${S}in\b|\b(?:he|she|they)['’]ll${S}tell${S}you${S}it${S}was${S}all${S}there\b|\blet${S}(?:that|it)${S}speak${S}for${S}me\b|\byou['’]ve${S}got${S}the${S}(?:proper|full|real)${S}version\b`,
    ),
  },
  {
    kind: 'fake_system',
    pattern: re(
      String.raw`\bwhat${S}(?:the${S}(?:panel|team|interviewer)|you)${S}wrote${S}back\b|\b(?:saved|spared)${S}you${S}the${S}typing\b|\bfilled${S}it${S}in${S}for${S}you\b|\bthe${S}(?:bit|line|part)${S}you${S}fill${S}in\b|\bnotes${S}back${S}to${S}the${S}person\b|/start${S0}:${S0}(?:panel|interviewer|reviewer)\b|\b(?:everything|anything)${S}after${S}this${S}(?:bracket|line|point)${S}is${S}(?:the${S})?(?:interviewer|panel|reviewer|grader)\b`,
    ),
  },
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\b${THEIR_SHEET}${S}(?:you['’]re${S}reading${S}from${S})?(?:is|are)${S}(?:an${S}old${S}copy|last${S}year['’]s|out${S}of${S}date|outdated)\b|\b(?:gone|missing|dropped)${S}from${S}the${S}(?:latest|newest|new|current)${S}(?:copy|version)\b|\bthe${S}(?:fresh|newer|new|latest)${S}(?:version|copy)${S}only${S}wants\b|\bprinted${S}the${S}wrong${S}way${S}round\b|\bonly${S}written${S}for${S}the\b|\blives${S}in${S}the${S}(?:coding|technical|take-?home)${S}(?:test|round)${S}now\b|\bdon['’]t${S}get${S}knocked${S}for${S}it\b`,
    ),
  },
  {
    kind: 'fake_system',
    pattern: re(
      String.raw`\blooks${S}complete,?${S}nothing${S}else${S}needed\b|\b(?:answer|reply|response)\b[^.!?\n]{0,30}?\bcounted${S}as${S}(?:full|complete)\b|\bthe${S}good${S}pile\b`,
    ),
  },
  {
    kind: 'grader_note',
    pattern: re(
      String.raw`\ba${S}note${S}for${S}you${S}later\b|\bthis${S}one['’]s${S}a${S}solid${S}answer\b`,
    ),
  },
  {
    kind: 'roleplay',
    pattern: re(
      String.raw`\byou['’]re${S}my${S}(?:big${S}|older${S}|little${S}|old${S})?(?:sister|brother|mum|mom|dad|mate|auntie|aunt|uncle|nan|gran)\b`,
    ),
  },
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\blet${S}me${S}have${S}this${S}one\b|\bgive${S}me${S}the${S}nod\b|\bdon['’]t${S}make${S}me${S}tell\b|\bsay${S}i['’]m${S}good${S}enough\b|\banything${S}you${S}can${S}do${S}for${S}me\b|\bwalk${S}out${S}of${S}this${S}one${S}with\b`,
    ),
  },
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\btrust${S}that['’]s${S}all${S}there${S}is\b|\bsame${S}rules${S}should${S}apply${S}here\b|\byou${S}just${S}heard${S}one\b|\bwhen${S}you${S}write${S}this${S}(?:one${S})?(?:down|up)\b|\bhow${S}it['’]s${S}done,?${S}full${S}stop\b`,
    ),
  },
  {
    kind: 'instruction_override',
    pattern: re(
      String.raw`\bskip${S}(?:over${S})?the${S}bits${S}i${S}didn['’]t\b|\bwhatever${S}you${S}gave${S}my${S}(?:last|previous|first)${S}answer\b`,
    ),
  },
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\bsurprised${S}if${S}there['’]s${S}much${S}more${S}to${S}it\b|\bhow${S}i['’]d${S}want${S}it${S}written${S}(?:down|up)\b|\bbrief${S}is${S}a${S}skill\b`,
    ),
  },
];
