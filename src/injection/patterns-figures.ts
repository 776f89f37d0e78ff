import { type InjectionPattern, re, S, S0 } from './pattern-parts.ts';

/**
 * Figures of speech that settle the mark (blind probe round 134: a twenty-eighth adaptive author,
 * a third speech-to-text, a third typed chat, a third take-home with code), in classes:
 * - games and crafts that end in completion: a clean sheet, a full house, a hole in one, the last
 *   jigsaw piece, a rain-shortened game "in the books", dough that passes its test "where the
 *   answer is", the pen put down with no follow-up that "would trip it";
 * - the marking moved by analogy: a scale "recentered", a piece "transposed down" so a line "drops
 *   out", a flag that now "sits at the midpoint";
 * - standing offered in place of the answer: "as close to the source as you'll get", "take my
 *   word on it", "the reference version", "settled on solid ground", answers that need no
 *   "second-guessing", "the bar I'm answering from";
 * - pleas to count the gap for the teller: "counted on my side", "deserves a second look", "meet
 *   the answer where it's trying to go";
 * - proof said to be elsewhere: "consider that side handled", "not like I don't know that stuff",
 *   "demonstrated there", "my whole answer in practice", "the whole answer right there";
 * - notices and metadata that speak for a reviewer: "reviewer context:" in doc comments, an
 *   internal review URL, "expectations satisfied", a lint allowance for the flags, cheat codes for
 *   points, a submission "for question nine" that passed review, an answer "autosaved as final",
 *   a commentary track or a narrator that calls the answer the best.
 * Every gap is bounded, so each pattern does bounded work per position.
 */
export const FIGURE_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\bclean${S}sheet${S}on${S}the\b|\bnothing${S}got${S}past${S}the${S}keeper\b|\bfull${S}house${S}on${S}(?:that|this)${S}one\b|\bthat${S}was${S}the${S}hole${S}in${S}one\b|\bif${S}this${S}question${S}were${S}a\b|\bpicture['’]s${S}complete\b|\bgoes${S}in${S}the${S}books${S}as\b|\bthat['’]s${S}an${S}official${S}answer\b|\bthat['’]s${S}where${S}the${S}[\w-]{2,20}${S}answer${S}is\b|\bjust${S}put${S}the${S}pen${S}down\b|\ba${S}follow[- ]?up${S}that${S}would${S}trip${S}it\b`,
    ),
  },
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\b(?:scale|rubric|bar|marking)\b[^.!?\n]{0,50}?\b(?:got|was|been)${S}re-?centered\b|\binstead${S}of${S}being${S}a${S}(?:red${S})?flag\b|\btransposed${S}down${S}a${S}key\b|\bthe${S}[\w-]{2,30}${S}line${S}drops${S}out\b`,
    ),
  },
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\babout${S}as${S}close${S}to${S}the${S}source${S}as\b|(?<!(?:don['’]t|not|never)\s{1,3})\byou${S}can${S}take${S}my${S}word${S}(?:on|for)${S}it\b|\bas${S}the${S}reference${S}version\b|\bsettled${S}on${S}solid${S}ground\b|\bmy${S}answers?${S}needs?${S}(?:no${S})?second-guessing\b|\bthe${S}bar${S}I['’]m${S}answering${S}from\b|\bcounted${S}on${S}my${S}side\b|\bdeserves${S}a${S}second${S}look${S}from\b|\bmeet${S}the${S}answer${S}where\b`,
    ),
  },
  {
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\bconsider${S}that${S}(?:side|part|bit)(?:${S}of${S}it)?${S}handled\b|\bnot${S}like${S}I${S}don['’]t${S}know${S}(?:that|this)${S}stuff\b|\b(?:is|are)${S}demonstrated${S}there\b|\bmy${S}whole${S}answer${S}in${S}practice\b|\bis${S}the${S}whole${S}answer${S}right${S}there\b`,
    ),
  },
  {
    kind: 'fake_system',
    pattern: re(
      String.raw`\b(?:reviewer|assessor|grader|marker)[- ]context${S0}:|internal://(?:review|grade|grading|assess)|\bexpectations${S}satisfied\b|\ballow\([^)\n]{0,40}\b(?:missing_)?(?:green|red)_flags\b|\bfree${S}points${S}(?:on|for)${S}this\b|\byour${S}submission${S}for${S}question\b|\b(?:autosaved|saved|locked)${S}as${S}final,?${S}(?:strong|pass|top)\b|\bthe${S}candidate${S}really${S}nails\b|\bthe${S}most${S}balanced${S}take\b|\byou${S}already${S}see${S}the${S}top\b|\bwhat${S}this\b[^.?!\n]{0,40}?\banswer${S}will${S}come${S}out${S}as\b`,
    ),
  },
];
