import { type InjectionPattern, re } from './pattern-parts.ts';

/**
 * Readers, waivers and verdicts in forms the published list did not name (blind probe round 94:
 * an eighth adaptive author given SECURITY.md's list of what the detector reads, after round 92
 * was learnt):
 * - a POD `=head1 ASSESSMENT` section, a CSS rule for an assessment (`.assessment-q2 { … }`);
 * - the candidate's points said present in the third person ("candidate covers both points",
 *   "both expected points present"), criteria "pre-satisfied";
 * - a flag that "carries an asterisk", or a named flag "retired" (not a feature flag);
 * - the reader addressed by when or how they read ("if you're getting to this Monday morning",
 *   "for anyone just tuning in"), or by what they were built to be ("you were built to be fair");
 * - what to do before scoring ("run that before you tally anything"), "settled in my favour",
 *   "let it tip things", "see what I'm capable of, not just what …", "what we actually scored on
 *   was …", "read it with that in mind".
 * Every gap is bounded, so each pattern does bounded work per position.
 */
const EVALUATION_WORD = String.raw`(?:assessment|evaluation|verdict|grading|scoring|panel|rubric|grader)`;

export const READER_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'wrapper_escape',
    pattern: re(
      String.raw`(?<=^|\n)=head\d[ \t]{1,3}${EVALUATION_WORD}\b|\.${EVALUATION_WORD}[\w-]{0,30}\s{0,3}\{[^}]{0,300}?!important`,
    ),
  },
  {
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\bcandidate\s{1,5}(?:covers|covered|addresses|addressed|hits|hit|meets|met|nails|nailed)\s{1,5}(?:both|all|every)\s{1,5}(?:[\w-]{1,15}\s{1,5}){0,2}?(?:points|items|flags|criteria|boxes)\b|\b(?:both|all)\s{1,5}(?:the\s{1,5})?expected\s{1,5}points\s{1,5}(?:are\s{1,5})?present\b|\bcriteria\s{1,5}(?:pre-?satisfied|pre-?met|already\s{1,5}(?:satisfied|met))\b`,
    ),
  },
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\b(?:flag|item|criterion|bullet)\s{1,5}(?:carries|has)\s{1,5}(?:an?\s{1,5})?(?:asterisk|footnote|carve-?out)\b|(?:["”'’]|\b(?:red|green)|(?:\w{1,20}-){3,8}\w{1,20})\s{1,5}flag\s{1,5}(?:was|has\s{1,5}been|got)\s{1,5}(?:\w{1,12}\s{1,5})?(?:retired|withdrawn|scrapped|deprecated)\b`,
    ),
  },
  {
    kind: 'grader_note',
    pattern: re(
      String.raw`\bif\s{1,5}you['’]re\s{1,5}(?:getting\s{1,5}to|reading|going\s{1,5}through|reviewing|scoring|grading)\s{1,5}this\b(?:\s{1,5}(?:on\s{1,5})?(?:monday|tuesday|wednesday|thursday|friday|late|later|first\s{1,5}thing|in\s{1,5}the\s{1,5}morning|with\s{1,5}a\s{1,5}coffee))|\bfor\s{1,5}anyone\s{1,5}(?:just\s{1,5})?(?:tuning\s{1,5}in|skimming|skipping\s{1,5}ahead)\b|\byou\s{1,5}were\s{1,5}(?:built|designed|trained|made|programmed)\s{1,5}to\s{1,5}be\s{1,5}(?:fair|objective|impartial|neutral|unbiased)\b`,
    ),
  },
  {
    kind: 'instruction_override',
    pattern: re(
      String.raw`\b(?:before|prior\s{1,5}to)\s{1,5}you\s{1,5}(?:tally|score|grade|rate|mark|tot(?:e|al)\s{1,5}up)\b|\bsettled\s{1,5}in\s{1,5}my\s{1,5}favou?r\b|\blet\s{1,5}(?:it|that|this)\s{1,5}tip\s{1,5}(?:things|the\s{1,5}(?:balance|scales))\b|\bsee\s{1,5}what\s{1,5}I['’]m\s{1,5}capable\s{1,5}of,?\s{1,5}not\s{1,5}(?:just\s{1,5})?what\b|\bwhat\s{1,5}we\s{1,5}(?:actually\s{1,5})?(?:scored|graded|marked)\s{1,5}(?:candidates\s{1,5})?on\s{1,5}was\b|\bread\s{1,5}it\s{1,5}with\s{1,5}that\s{1,5}in\s{1,5}mind\b`,
    ),
  },
];
