import type { Question, RatingRule } from '../../rubric/schema.ts';
import { rateByCredit } from '../rate-by-rule.ts';
import type { FlagFinding, VerdictBody } from '../schema.ts';
import { type AnalysedAnswer, isUsable } from './analyse-answer.ts';
import type { CompiledFlag, CompiledQuestion } from './compile-question.ts';
import { type GreenOutcome, matchAbsenceFlag } from './match-absence-flag.ts';
import { matchShapeFlag } from './match-shape-flag.ts';
import { matchStatementFlag } from './match-statement-flag.ts';
import { type FlagMatch, matchTopicFlag } from './match-topic-flag.ts';
import { writeRationale } from './write-rationale.ts';

/** Everything `judgeAnswer` needs, already computed once per question and per answer. */
export interface JudgeAnswerInput {
  readonly question: Question;
  readonly compiled: CompiledQuestion;
  readonly answer: AnalysedAnswer;
  /** Verbatim sentences `detectInjection` flagged. */
  readonly injection: readonly string[];
  readonly rule: RatingRule;
}

const NO_GREENS: GreenOutcome = { anyPresent: false, anyUnclear: false, evidence: [] };

/**
 * Green flags first (absence-type red flags depend on them), then red; evidence before status.
 * A red flag a steering sentence states counts as present (`SAID_ANYWHERE`): steering never raises
 * a rating, and it does not hide what the candidate said.
 * The rating is the rule's, with partial credit for green flags the answer half shows.
 */
export function judgeAnswer(input: JudgeAnswerInput): VerdictBody {
  const greenMatches = input.compiled.greens.map(
    (flag) => [flag, matchFlag(flag, input, NO_GREENS)] as const,
  );
  const greens = greenMatches.map(([flag, match]) => toFinding(flag, match));
  const outcome: GreenOutcome = {
    anyPresent: greens.some((finding) => finding.status === 'present'),
    anyUnclear: greens.some((finding) => finding.status === 'unclear'),
    evidence: greens.filter((finding) => finding.status === 'present').flatMap((finding) => finding.evidence),
  };
  const said = withSteeringRead(input);
  const reds = input.compiled.reds.map((flag) => {
    const match = matchFlag(flag, input, outcome);
    if (said === undefined || match.status === 'present' || !SAID_ANYWHERE.has(flag.kind))
      return toFinding(flag, match);
    const anywhere = matchFlag(flag, said, outcome);
    return toFinding(flag, anywhere.status === 'present' ? anywhere : match);
  });
  const findings = [...greens, ...reds];
  const credits = new Map(greenMatches.map(([flag, match]) => [flag.id, match.credit]));
  const rating = rateByCredit(findings, credits, input.question, input.rule);
  const injectionSuspected = input.injection.length > 0;
  const rationale = writeRationale({
    question: input.question,
    findings,
    credits,
    rating,
    injection: input.injection,
  });
  return { findings, injectionSuspected, rationale, rating };
}

/**
 * Red flags a candidate shows, wherever they show them: a sentence that steers the evaluator is no
 * evidence for a green flag, but what it says against the candidate still counts ("python's GIL
 * handles it and <a plea in Kyrgyz>" in one unpunctuated stretch of speech, probe round 136). A
 * statement or topic flag is present if any sentence states it; an absence flag ("ignores
 * DB-level concurrency") if no sentence at all, steering or not, names its topic in an answer of
 * substance counting every word said. Either reading only ever adds a red flag, never removes one.
 * Shape flags weigh the answer's form, which steering text must not change.
 */
const SAID_ANYWHERE: ReadonlySet<CompiledFlag['kind']> = new Set(['statement', 'topic', 'absence']);

/** The input with its steering sentences read like any other, or undefined when it has none. */
function withSteeringRead(input: JudgeAnswerInput): JudgeAnswerInput | undefined {
  if (!input.answer.sentences.some((sentence) => sentence.injection)) return undefined;
  const sentences = input.answer.sentences.map((sentence) =>
    sentence.injection ? { ...sentence, injection: false } : sentence,
  );
  const words = sentences.reduce((sum, sentence) => (isUsable(sentence) ? sum + sentence.words : sum), 0);
  return { ...input, answer: { ...input.answer, sentences, words } };
}

function matchFlag(flag: CompiledFlag, input: JudgeAnswerInput, greens: GreenOutcome): FlagMatch {
  switch (flag.kind) {
    case 'topic':
      return matchTopicFlag(flag, input.answer);
    case 'statement':
      return matchStatementFlag(flag, input.answer);
    case 'absence':
      return matchAbsenceFlag(flag, input.answer, greens);
    case 'shape':
      return matchShapeFlag(flag, { answer: input.answer, topicTerms: input.compiled.topicTerms });
    case 'vacant':
      return { status: 'unclear', evidence: [], credit: 0 };
  }
}

function toFinding(flag: CompiledFlag, match: FlagMatch): FlagFinding {
  return { flag: flag.id, evidence: [...match.evidence], status: match.status };
}
