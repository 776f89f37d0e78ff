import type { AggregatedFinding, ItemResult, ReviewReason } from '../../src/aggregate/schema.ts';
import type { AnswerSlot } from '../../src/align/schema.ts';
import type { FlagStatus, JudgeVerdict } from '../../src/judge/schema.ts';
import { FIXTURE_RUBRIC } from './fixture-rubric.ts';

export const JUDGE_A = 'openai:gpt-4o-mini';
export const JUDGE_B = 'openai:gpt-4.1-mini';

/** flag id → [status, …evidence quotes]. */
export type Marks = Readonly<Record<string, readonly [FlagStatus, ...string[]]>>;

/** A judge verdict with findings for the listed flags. */
export function okVerdict(
  judge: string,
  rating: number,
  marks: Marks,
  options: { injection?: boolean; rationale?: string } = {},
): JudgeVerdict {
  return {
    outcome: 'ok',
    judge,
    model: judge.replace(/^openai:/, ''),
    sample: 0,
    body: {
      findings: Object.entries(marks).map(([flag, [status, ...evidence]]) => ({ flag, status, evidence })),
      injectionSuspected: options.injection ?? false,
      rationale: options.rationale ?? 'Findings map to the rating by the flag-count rule.',
      rating,
    },
    usage: { inputTokens: 1200, cachedInputTokens: 900, outputTokens: 180 },
  };
}

/** A verdict that produced no usable output. */
export function errorVerdict(judge: string, outcome: 'invalid' | 'failed', error: string): JudgeVerdict {
  return { outcome, judge, model: judge.replace(/^openai:/, ''), sample: 0, error };
}

export interface ItemSpec {
  readonly transcript: string;
  readonly question: string;
  readonly status: ItemResult['status'];
  readonly answer: string;
  readonly alignment?: Partial<AnswerSlot>;
  readonly verdicts?: readonly JudgeVerdict[];
  readonly rating?: number | null;
  readonly interviewerRating?: number;
  readonly reasons?: readonly (readonly [ReviewReason, string])[];
  readonly priority?: number;
}

// The fixture's own loose check; the real one lives in aggregate/.
const squash = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function aggregateFindings(questionId: string, answer: string, verdicts: readonly JudgeVerdict[]) {
  const question = FIXTURE_RUBRIC.questions.find((q) => q.id === questionId);
  if (question === undefined) throw new Error(`fixture: unknown question ${questionId}`);
  return [...question.greenFlags, ...question.redFlags].map((flag): AggregatedFinding => {
    const votes = { present: 0, absent: 0, unclear: 0 };
    const evidence: AggregatedFinding['evidence'] = [];
    for (const verdict of verdicts) {
      if (verdict.outcome !== 'ok') continue;
      const finding = verdict.body.findings.find((f) => f.flag === flag.id);
      votes[finding?.status ?? 'unclear'] += 1;
      for (const quote of finding?.evidence ?? []) {
        evidence.push({ quote, judge: verdict.judge, verified: squash(answer).includes(squash(quote)) });
      }
    }
    const status: FlagStatus =
      votes.present > votes.absent + votes.unclear
        ? 'present'
        : votes.absent > votes.present + votes.unclear
          ? 'absent'
          : 'unclear';
    return { flag: flag.id, kind: flag.kind, text: flag.text, status, votes, evidence };
  });
}

/** Real judges report every flag: the ones a spec leaves out are `absent`, with no evidence. */
function completeFindings(questionId: string, verdict: JudgeVerdict): JudgeVerdict {
  if (verdict.outcome !== 'ok') return verdict;
  const question = FIXTURE_RUBRIC.questions.find((q) => q.id === questionId);
  const flagIds = [...(question?.greenFlags ?? []), ...(question?.redFlags ?? [])].map((flag) => flag.id);
  const findings = flagIds.map(
    (flag) =>
      verdict.body.findings.find((finding) => finding.flag === flag) ?? {
        flag,
        status: 'absent' as const,
        evidence: [],
      },
  );
  return { ...verdict, body: { ...verdict.body, findings } };
}

/** One realistic item result, with findings aggregated from its verdicts. */
export function buildItem(spec: ItemSpec): ItemResult {
  const verdicts = (spec.verdicts ?? []).map((verdict) => completeFindings(spec.question, verdict));
  const ratings = verdicts.flatMap((v) => (v.outcome === 'ok' ? [v.body.rating] : []));
  const rating = spec.rating ?? null;
  const reasons = spec.reasons ?? [];
  const asked = spec.status !== 'not_asked';
  return {
    key: `${spec.transcript}#${spec.question}`,
    transcript: spec.transcript,
    transcriptPath: `transcripts/${spec.transcript}.vtt`,
    question: spec.question,
    status: spec.status,
    alignment: {
      question: spec.question,
      status: asked ? 'answered' : 'not_asked',
      turns: asked ? [4, 7] : null,
      askedAt: asked ? 3 : null,
      confidence: asked ? 0.86 : 0,
      method: asked ? 'similarity' : 'none',
      answer: spec.answer,
      ...spec.alignment,
    },
    verdicts: [...verdicts],
    findings: asked ? aggregateFindings(spec.question, spec.answer, verdicts) : [],
    rating,
    ratingLabel: rating === null ? null : (FIXTURE_RUBRIC.scale.labels[String(rating)] ?? null),
    ratingSpread: ratings.length === 0 ? 0 : Math.max(...ratings) - Math.min(...ratings),
    interviewerRating: spec.interviewerRating ?? null,
    needsReview: reasons.length > 0,
    reviewReasons: reasons.map(([reason]) => reason),
    reviewNotes: reasons.map(([, note]) => note),
    reviewPriority: spec.priority ?? 0,
  };
}
