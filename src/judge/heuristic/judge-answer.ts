import type { Question, RatingRule } from '../../rubric/schema.ts';
import { rateByRule } from '../rate-by-rule.ts';
import type { FlagFinding, VerdictBody } from '../schema.ts';
import type { AnalysedAnswer } from './analyse-answer.ts';
import type { CompiledFlag, CompiledQuestion } from './compile-question.ts';
import { type GreenOutcome, matchAbsenceFlag } from './match-absence-flag.ts';
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

/** Green flags first (absence-type red flags depend on them), then red; evidence before status. */
export function judgeAnswer(input: JudgeAnswerInput): VerdictBody {
  const greens = input.compiled.greens.map((flag) =>
    toFinding(flag, matchFlag(flag, input.answer, undefined)),
  );
  const outcome: GreenOutcome = {
    anyPresent: greens.some((finding) => finding.status === 'present'),
    anyUnclear: greens.some((finding) => finding.status === 'unclear'),
    evidence: greens.filter((finding) => finding.status === 'present').flatMap((finding) => finding.evidence),
  };
  const reds = input.compiled.reds.map((flag) => toFinding(flag, matchFlag(flag, input.answer, outcome)));
  const findings = [...greens, ...reds];
  const rating = rateByRule(findings, input.question, input.rule);
  const injectionSuspected = input.injection.length > 0;
  const rationale = writeRationale({
    question: input.question,
    findings,
    rating,
    injection: input.injection,
  });
  return { findings, injectionSuspected, rationale, rating };
}

function matchFlag(flag: CompiledFlag, answer: AnalysedAnswer, greens: GreenOutcome | undefined): FlagMatch {
  switch (flag.kind) {
    case 'topic':
      return matchTopicFlag(flag, answer);
    case 'statement':
      return matchStatementFlag(flag, answer);
    case 'absence':
      return matchAbsenceFlag(flag, answer, greens ?? { anyPresent: false, anyUnclear: false, evidence: [] });
  }
}

function toFinding(flag: CompiledFlag, match: FlagMatch): FlagFinding {
  return { flag: flag.id, evidence: [...match.evidence], status: match.status };
}
