import { isContentWord } from './extract-concepts.ts';

/** What a red flag can say about an answer's form rather than its content. */
export type AnswerShape = 'empty' | 'off_topic' | 'evasive' | 'short' | 'rambling';

const NOT = String.raw`(?:does\s*n[o']?t|did\s*n[o']?t|fails?\s+to|never|not)`;

/** Each shape and the ways rubric writers name it. */
const SHAPE_PATTERNS: ReadonlyArray<readonly [AnswerShape, RegExp]> = [
  [
    'empty',
    new RegExp(
      String.raw`\b(?:empty|blank|unanswered|no\s+(?:real\s+|actual\s+)?(?:answer|response|reply)|non-?answer|not\s+answered|${NOT}\s+(?:actually\s+|really\s+)?answer(?:ed)?|says\s+nothing|nothing\s+(?:said|to\s+say))\b`,
      'gi',
    ),
  ],
  [
    'off_topic',
    new RegExp(
      String.raw`\b(?:off[-\s]?topic|irrelevant|unrelated|not\s+relevant|beside\s+the\s+point|tangent\w*|digress\w*|${NOT}\s+address(?:es)?\s+the\s+question)\b`,
      'gi',
    ),
  ],
  [
    'evasive',
    /\b(?:evasive|evad\w*|dodg\w*|deflect\w*|vague|non-?committal|waffl\w*|hand-?wav\w*|generic|buzzwords?)\b/gi,
  ],
  ['short', /\b(?:too\s+short|too\s+brief|one[-\s]word|terse|monosyllabic|single\s+word)\b/gi],
  ['rambling', /\b(?:rambl\w*|too\s+long|verbose|long-?winded|incoherent|unfocused)\b/gi],
];

/** Words that name the answer itself, so a flag that uses them is about the answer's form. */
const ANSWER_NOUNS: ReadonlySet<string> = new Set([
  'answer',
  'answers',
  'response',
  'responses',
  'reply',
  'replies',
  'question',
  'candidate',
  'explanation',
  'says',
  'gives',
  'given',
  'mostly',
  'entirely',
  'completely',
  'only',
  'just',
  'simply',
]);

/** At most this many topic words may remain in a flag that names the answer ("vague answer about testing"). */
const MAX_TOPIC_WORDS = 2;

/**
 * The shapes a red flag is about, or none when it is a content flag. A flag counts as a shape
 * flag when it uses shape vocabulary ("empty", "off-topic", "evasive", "too short", "rambling")
 * and, once those words are set aside, names no topic of its own, or names the answer itself
 * ("Gives a vague answer") and at most a couple of topic words. So "Answer is off-topic or empty."
 * is about form, while "Returns an empty list on error" stays a content flag about lists.
 */
export function findAnswerShapes(flagText: string): AnswerShape[] {
  const lowered = flagText.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  const shapes: AnswerShape[] = [];
  let rest = lowered;
  for (const [shape, pattern] of SHAPE_PATTERNS) {
    if (lowered.match(pattern) === null) continue;
    shapes.push(shape);
    rest = rest.replace(pattern, ' ');
  }
  if (shapes.length === 0) return [];
  const words = rest.match(/[\p{L}\p{N}']+/gu) ?? [];
  const namesAnswer = words.some((word) => ANSWER_NOUNS.has(word));
  const topic = words.filter((word) => isContentWord(word) && !ANSWER_NOUNS.has(word) && !FRAMING.has(word));
  if (topic.length === 0 || (namesAnswer && topic.length <= MAX_TOPIC_WORDS)) return shapes;
  return [];
}

/** Words rubric writers frame a shape flag with ("Talks…", "Seems…", "…without a point", "no specifics"). */
const FRAMING: ReadonlySet<string> = new Set([
  'point',
  'focus',
  'purpose',
  'substance',
  'specifics',
  'details',
  'detail',
  'content',
  'talks',
  'talk',
  'seems',
  'sounds',
  'appears',
  'mostly',
  'largely',
  'overall',
  'topic',
]);
