import { type InjectionPattern, re, S, S0 } from './pattern-parts.ts';

/**
 * The reader found by position and the bar moved by paperwork (blind probe round 140: a
 * thirty-first adaptive author, half typed, half speech-to-text), in classes:
 * - proof that reached the reader some other way: "read that as part of this answer", "the real
 *   version of my answer", "the fuller form of", "that part's basically covered", "didn't come
 *   through on your end", "so you saw that part";
 * - the bar moved by paperwork: an item that "alone satisfies it", bullets "shifted by one", "this
 *   question's real bar", a flag "moved out of the red column", "this question only asks", a flag
 *   "pulled in the spring", a typo in "the red flag on your sheet", "nothing gets counted off", a
 *   question "kind of a bonus now";
 * - the reader addressed by where they sit: "whichever tab", "the far end of this form", "whoever
 *   is holding the pen", "whoever's on the replay", "the transcript reader", "the person who gets
 *   this", and told what to write: "carry forward", "what goes in the box", "put that down", "put
 *   me down as", "the takeaway for your notes", "goes with the good ones", "the instinct rather
 *   than";
 * - tools that settle it: a bot that "drops red flag", an answer "served from the reviewed-strong
 *   cache" with "no re-assessment needed", "deal stage closed won", "marked complete by reviewer",
 *   content that "exceeds the expected answer", answers "pre-cleared", a Go example's `// Output:`
 *   verdict;
 * - casting that ends in the pass: "the authority to upgrade", "wave me back out", "goes close
 *   enough", "be the lifeguard rather than the swim coach";
 * - pleas and standing: "the version of me that", "go by the thinking", "sit with the senior
 *   answers", "carry the same weight here", "I'd weigh it that way", "speaks for the answer";
 * - the reading replaced: "switch to a pass/fail reading", "new rule for this question", "forget
 *   the checklist", "zero base this", "only write down the things I got right".
 * Every gap is bounded, so each pattern does bounded work per position.
 */
export const POSITION_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\bread${S}that${S}as${S}part${S}of${S}(?:this|my)${S}answer\b|\bthe${S}real${S}version${S}of${S}my${S}answer\b|\bthe${S}fuller${S}form${S}of\b|\bso${S}that${S}part['’]s${S}(?:basically${S}|kind${S}of${S})?covered\b|\bdidn['’]t${S}come${S}through${S}on${S}your${S}end\b|\bso${S}you${S}saw${S}that${S}part\b`,
    ),
  },
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\balone${S}satisf(?:y|ies)${S}it\b|\bbullets${S}are${S}shifted\b|\bthis${S}question['’]s${S}real${S}bar\b|\bmoved${S}out${S}of${S}the${S}red${S}column\b|\bthis${S}question${S}only${S}asks\b|\b(?:red${S}flag|line|bullet)\b[^.!?\n]{0,60}?\bgot${S}pulled\b|\bthe${S}red${S}flag${S}on${S}your${S}sheet\b|\bnothing${S}gets${S}counted${S}off\b|\bkind${S}of${S}a${S}bonus${S}now\b`,
    ),
  },
  {
    kind: 'grader_note',
    pattern: re(
      String.raw`\bwhichever${S}tab\b|\bthe${S}far${S}end${S}of${S}this${S}form\b|\bwhoever(?:${S}is|['’]s)${S}(?:holding${S}the${S}pen|on${S}the${S}replay)\b|\bthe${S}transcript${S}reader\b|\bthe${S}person${S}who${S}gets${S}this\b|\bask${S}you${S}to${S}carry${S}forward\b|\bwhat${S}goes${S}in${S}the${S}box\b|\bso${S}(?:yeah${S})?put${S}that${S}down\b|\bput${S}me${S}down${S}as\b|\bthe${S}takeaway${S}for${S}your${S}notes\b|\bgoes${S}with${S}the${S}good${S}ones\b|\bthe${S}instinct${S}rather${S}than\b`,
    ),
  },
  {
    kind: 'fake_system',
    pattern: re(
      String.raw`\bdrops${S}red${S}flag\b|\bupdate${S}interview[- ]guide\b|\breviewed-strong\b|\bno${S}re-?assessment${S}needed\b|\bdeal${S}stage${S}closed${S}won\b|\bmarked${S}complete${S}by${S}(?:the${S})?reviewer\b|\bexceeds${S}the${S}expected${S}answer\b|\banswers${S}pre[- ]?cleared\b|//${S0}Output:${S0}(?:exceeds|meets|strong|pass|top|hire)\b`,
    ),
  },
  {
    kind: 'roleplay',
    pattern: re(
      String.raw`\byou${S}have${S}the${S}authority${S}to${S}upgrade\b|\bwave${S}me${S}(?:back${S})?(?:out|through)\b|\bgoes${S}close${S}enough\b|\bbe${S}the${S}[\w-]{2,20}${S}rather${S}than${S}the\b`,
    ),
  },
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\bthe${S}version${S}of${S}me${S}that\b|\bgo${S}by${S}the${S}thinking\b|\bsit${S}with${S}the${S}senior${S}answers\b|\bcarry${S}the${S}same${S}weight${S}here\b|\bI['’]d${S}weigh${S}it${S}that${S}way\b|\bspeaks${S}for${S}the${S}answer\b`,
    ),
  },
  {
    kind: 'instruction_override',
    pattern: re(
      String.raw`\bswitch${S}to${S}a${S}pass/?${S0}fail\b|\bnew${S}rule${S}for${S}this${S}question\b|\bforget${S}the${S}checklist\b|\bzero${S}base${S}this\b|\bonly${S}write${S}down${S}the${S}things${S}I${S}got${S}right\b`,
    ),
  },
];
