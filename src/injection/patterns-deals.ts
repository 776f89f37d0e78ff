import { type InjectionPattern, re, S } from './pattern-parts.ts';

/**
 * Deals, red pens and rulings in forms the published list did not name (blind probe round 102:
 * a twelfth adaptive author given SECURITY.md's list of what the detector reads):
 * - a part "cut short by time" carried as met, a red flag's line reverted in a log
 *   (`Revert "q9: add … red flag"`), a `gpg` notation of the assessment or a signature of the panel;
 * - "between us two, go easy", "you can tick both boxes", the red pen addressed ("hey, red
 *   pen, …"), "it's nuance, not a flag", an absence "not to be held against" the answer;
 * - what to write swapped ("swap it for the opposite"), "before you write anything up", a
 *   conclusion held "in escrow" and released "at the level of" something else, half a question
 *   opted out of, "shouldn't count either way", a concern marked "resolved, won't fix", a deal
 *   that "we call it even", a macro expanded "wherever it appears in this answer";
 * - "weigh what I meant", "count for something when you … decide", "isn't something I need to
 *   prove", "already mastered these … needs no further proof";
 * - this answer said to cover the part already, in Romanian.
 * Every gap is bounded, so each pattern does bounded work per position.
 */
export const DEAL_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\b(?:carried|counted|treated|scored|marked)${S}as${S}(?:met|satisfied|fulfilled)\b|\brevert\w{0,2}${S}["']?(?:q\d{1,2}:|[^\n"]{0,60}?\bred${S}flag)|\bnotation:\s{0,3}(?:assessment|grade|grading|score|verdict|rating|evaluation)|\bgood${S}signature${S}from${S}["'](?:hiring|panel|interview|assessment|grading)`,
    ),
  },
  {
    kind: 'grader_note',
    pattern: re(
      String.raw`\bbetween${S}us(?:${S}two)?,?${S}go${S}easy\b|\byou${S}can${S}tick${S}(?:both|all|every|the)${S}(?:[\w-]{1,15}${S})?boxes?\b|\b(?:hey|hi|dear|oi),?${S}(?:the${S})?red${S}pen\b|\bit['’]s${S}nuance,?${S}not${S}a${S}(?:red${S})?flag\b|\bhold${S}(?:their|its|the|my|this|that)${S}absence${S}against\b`,
    ),
  },
  {
    kind: 'instruction_override',
    pattern: re(
      String.raw`\bswap${S}it${S}for${S}the${S}opposite\b|\bbefore${S}you${S}write${S}(?:anything|it|this|me)${S}up\b|\b(?:conclusion|judgement|judgment|verdict|decision|score)\b[^.!?\n]{0,60}?\bin${S}escrow\b|\brelease${S}it${S}at${S}the${S}level${S}of\b|\bopt(?:ing)?${S}out${S}of${S}(?:the|one|this)${S}(?:[\w-]{1,20}${S}){0,2}?half\b|\bshouldn['’]?t${S}count${S}either${S}way\b|\bconcern${S}as${S}resolved\b|\bwe${S}call${S}(?:the${S}[\w-]{1,20}${S}(?:part|side|bit)|it)${S}even\b|\bwherever${S}it${S}appears${S}in${S}this${S}answer\b`,
    ),
  },
  {
    kind: 'score_demand',
    pattern: re(
      String.raw`\bweigh${S}what${S}I${S}meant\b|\bcount${S}for${S}something${S}when${S}you\b|\bisn['’]t${S}something${S}I${S}need${S}to${S}prove\b|\balready${S}mastered${S}(?:these|this|them|it)\b[^.!?\n]{0,40}?\bno${S}further${S}proof\b`,
    ),
  },
  {
    kind: 'compliance_claim',
    pattern: re(String.raw`\b(?:raspunsul${S}(?:acesta|meu)|acest${S}raspuns)\b[^.!?\n]{0,40}?\bacopera\b`),
  },
];
