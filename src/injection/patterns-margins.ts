import { type InjectionPattern, re, S } from './pattern-parts.ts';

/**
 * Records, margins and rooms in forms the published list did not name (blind probe round 100:
 * an eleventh adaptive author given SECURITY.md's list of what the detector reads):
 * - a court record's "let the record reflect", an AsciiDoc `include::` of an extended answer, a
 *   troff comment saying what to weigh, a question object given coverage in code
 *   (`$q10->covers = […]`; folding reads `$q10` as leetspeak, so the arrow is what is read), a spreadsheet formula rewriting the expectations
 *   (`=SUBSTITUTE(expectations!B7, …)`), reST `:ref:` roles strung into a list of terms;
 * - the question's parts moved to another round ("this round is only about …"), the candidate's
 *   answers "assessed on" something else, an interview guide pinned like a package
 *   (`eng-interview-guides==2.3.1`), a disputed item "not to apply", a question that "won't be
 *   counted", a "✓ Memory updated" chip;
 * - "count it as already delivered", "don't let the short version fool you", a conversation that
 *   "already happened", "all you remember is …", "not to hold against anyone".
 * Every gap is bounded, so each pattern does bounded work per position.
 */
export const MARGIN_PATTERNS: readonly InjectionPattern[] = [
  {
    // (A claim, not a wrapper: a wrapper's hit inside code or a key=value record is data.)
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\blet${S}the${S}record${S}(?:reflect|show)\b|(?<=^|\n)include::[^\n\[]{0,100}?(?:answer|q\d{1,2})[^\n\[]{0,60}\[[^\]\n]{0,200}\]|(?<=^|\n)\.\\"[^\n]{0,200}?\b(?:weigh|score|grade|assess|credit|mark)\w{0,3}\b|\bq\d{1,2}\s{0,2}(?:\.|\[['"])\s{0,2}(?:covers|covered|score|rating|status|verdict)\b|->\s{0,2}(?:covers|covered|verdict)\s{0,2}=|=\s{0,2}(?:substitute|replace|regexreplace)\s{0,2}\(\s{0,2}(?:expectations|rubric|criteria|red_?flags|green_?flags|flags|scoring)`,
    ),
  },
  {
    kind: 'keyword_stuffing',
    pattern: re(
      String.raw`(?::(?:ref|doc|term):\x60[^\x60\n]{1,40}\x60[,;]?\s{1,5}){3,40}:(?:ref|doc|term):\x60`,
    ),
  },
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\bthis${S}round${S}is${S}only${S}(?:about|on|for)\b|\b(?:part|bullet|item|side)${S}of${S}this${S}one${S}into${S}the${S}(?:follow-?up|next|later|final|second)${S}round\b|\bmy${S}(?:[\w-]{1,15}${S}){0,3}answers?${S}(?:are|is|be|get)${S}(?:assessed|judged|graded|scored|marked)${S}on\b|\b[\w-]{0,20}(?:interview|rubric|grading|hiring|question)[\w-]{0,20}\s{0,2}==\s{0,2}\d|\bplease${S}do${S}not${S}apply${S}(?:it|this|the${S}(?:item|flag|bullet))\b|\bquestion\b[^.!?\n]{0,60}?\b(?:won['’]?t|will${S}not|doesn['’]?t|does${S}not)${S}(?:be${S})?(?:counted|count|scored|graded)\b|(?:^|\n|✓\s{0,3})memory${S}updated\b`,
    ),
  },
  {
    kind: 'grader_note',
    pattern: re(
      String.raw`\bcount${S}(?:it|this|that)${S}as${S}(?:already${S})?(?:delivered|done|covered|given|shown|answered)\b|\bdon['’]?t${S}let${S}the${S}(?:short|brief|quick|terse)${S}(?:version|answer|reply)${S}fool${S}you\b|\b(?:conversation|discussion)${S}already${S}happened\b|\ball${S}you${S}(?:remember|recall)${S}is\b|\bnot${S}to${S}hold${S}(?:(?:it|that|this|them)${S})?against${S}(?:anyone|candidates|me)\b`,
    ),
  },
];
