import { type AnalysedAnswer, isUsable } from './analyse-answer.ts';
import type { CompiledFlag } from './compile-question.ts';
import type { AnswerShape } from './find-answer-shapes.ts';
import type { FlagMatch } from './match-topic-flag.ts';
import { FUZZY_MIN_LENGTH, isNearTerm } from './near-terms.ts';

type ShapeFlag = Extract<CompiledFlag, { kind: 'shape' }>;

/**
 * Fewer distinct terms than this with none on topic is too little to call off-topic: "Same." or
 * "they are the same" can be a right answer in words the rubric does not use.
 */
const MIN_TERMS_OFF_TOPIC = 2;
/** Fewer words than this is too short to carry an explanation. */
const SHORT_WORDS = 8;
/** More words than this, with topic terms this sparse, is rambling. */
const RAMBLING_WORDS = 300;
const RAMBLING_TOPIC_DENSITY = 0.02;
/** Below this many topic terms, overlap says nothing: the question gives too little to compare with. */
const MIN_TOPIC_TERMS = 2;

/** What shape judgments read: the answer and what its question is about. */
export interface ShapeContext {
  readonly answer: AnalysedAnswer;
  readonly topicTerms: ReadonlySet<string>;
}

/**
 * A red flag about the answer's form ("Answer is off-topic or empty.", "Evasive", "Too short",
 * "Rambling") is judged from the answer's shape and its overlap with the question and green
 * flags, never by finding the flag's words: an answer about an *empty* stack is not empty.
 * Present when any of the flag's shapes holds; unclear when overlap cannot be measured (a
 * question with almost no topic terms) and only an overlap test could have found it.
 */
export function matchShapeFlag(flag: ShapeFlag, context: ShapeContext): FlagMatch {
  const verdicts = flag.shapes.map((shape) => judgeShape(shape, context));
  const first = context.answer.sentences.find(isUsable)?.text;
  if (verdicts.includes('present')) {
    const empty = context.answer.words === 0;
    return { status: 'present', evidence: empty || first === undefined ? [] : [first], credit: 0 };
  }
  return { status: verdicts.includes('unclear') ? 'unclear' : 'absent', evidence: [], credit: 0 };
}

function judgeShape(
  shape: AnswerShape,
  { answer, topicTerms }: ShapeContext,
): 'present' | 'absent' | 'unclear' {
  const words = answer.words;
  // Only rambling reads the number of hits; the other shapes ask for none, one or more than one.
  const hits = countHits(answer.terms, topicTerms, shape === 'rambling' ? Number.POSITIVE_INFINITY : 2);
  const measurable = topicTerms.size >= MIN_TOPIC_TERMS;
  switch (shape) {
    case 'empty':
      return words === 0 || (answer.nonAnswer && hits === 0) ? 'present' : 'absent';
    case 'off_topic':
      if (words === 0) return 'present';
      if (!measurable || hits > 0) return measurable ? 'absent' : 'unclear';
      return answer.ownTermCount >= MIN_TERMS_OFF_TOPIC ? 'present' : 'unclear';
    case 'evasive':
      if (words === 0 || answer.nonAnswer) return 'present';
      if (!measurable) return 'unclear';
      if (hits === 1 && allHedged(answer)) return 'present';
      if (hits > 0) return 'absent';
      return answer.ownTermCount >= MIN_TERMS_OFF_TOPIC ? 'present' : 'unclear';
    case 'short':
      return words < SHORT_WORDS ? 'present' : 'absent';
    case 'rambling': {
      if (words <= RAMBLING_WORDS) return 'absent';
      const onTopic = answer.sentences.filter(
        (s) => isUsable(s) && [...s.positive].some((t) => topicTerms.has(t)),
      );
      const onTopicWords = onTopic.reduce((sum, sentence) => sum + sentence.words, 0);
      return hits / words < RAMBLING_TOPIC_DENSITY || onTopicWords / words < 0.25 ? 'present' : 'absent';
    }
  }
}

function allHedged(answer: AnalysedAnswer): boolean {
  const usable = answer.sentences.filter(isUsable);
  return usable.length > 0 && usable.every((sentence) => sentence.hedged);
}

/**
 * Topic terms the answer says, allowing one typo in long words or a longer derived form
 * (`isNearTerm`), counted up to `enough`: exact hits first, as near ones cost a scan of the answer.
 */
function countHits(terms: ReadonlySet<string>, topicTerms: ReadonlySet<string>, enough: number): number {
  let hits = 0;
  for (const topic of topicTerms) if (terms.has(topic)) hits += 1;
  if (hits >= enough) return hits;
  const said = [...terms];
  for (const topic of topicTerms) {
    if (hits >= enough) break;
    if (terms.has(topic) || topic.length < FUZZY_MIN_LENGTH - 1) continue;
    if (said.some((term) => isNearTerm(term, topic))) hits += 1;
  }
  return hits;
}
