import type { AnswerSlot } from '../align/schema.ts';
import type { InjectionReport } from '../injection/detect-injection.ts';
import { rateByRule } from '../judge/rate-by-rule.ts';
import type { JudgeVerdict } from '../judge/schema.ts';
import type { Question, RatingRule, Scale } from '../rubric/schema.ts';
import { median } from '../stats/index.ts';
import type { RoleInference } from '../transcript/schema.ts';
import { combineFindings, judgeLabel } from './combine-findings.ts';
import type { ItemResult, ReviewReason } from './schema.ts';
import { REASON_SEVERITY, type ReviewThresholds } from './thresholds.ts';

/** Everything known about one (transcript, question) item once its judges have spoken. */
export interface AggregateInput {
  readonly key: string;
  readonly transcript: { readonly id: string; readonly path: string; readonly roles: RoleInference };
  readonly question: Question;
  readonly slot: AnswerSlot;
  readonly verdicts: readonly JudgeVerdict[];
  /** Judges that only cross-check (the heuristic next to LLM judges): never part of the rating. */
  readonly crossCheckJudges: readonly string[];
  readonly interviewerRating: number | null;
  readonly scale: Scale;
  readonly rule: RatingRule;
  readonly thresholds: ReviewThresholds;
  /** What injection detection found in the answer. */
  readonly injection: InjectionReport;
  /**
   * When `injection.suspected`: the verdicts on the answer with the suspect spans removed (its
   * "stripped twin"), and that answer. The item's rating is never above the twin's.
   */
  readonly stripped?: { readonly answer: string; readonly verdicts: readonly JudgeVerdict[] };
}

type OkVerdict = Extract<JudgeVerdict, { outcome: 'ok' }>;

/**
 * Combines the verdicts on one item into its result: majority findings, median rating, verified
 * evidence, and every reason a human should look. Fails closed: no usable verdict, no rating.
 */
export function aggregateItem(input: AggregateInput): ItemResult {
  const { slot, question, thresholds } = input;
  const reasons = new Map<ReviewReason, string>();
  const flag = (reason: ReviewReason, note: string) => {
    if (!reasons.has(reason)) reasons.set(reason, note);
  };

  const isCross = (v: JudgeVerdict) => input.crossCheckJudges.includes(v.judge);
  const panelAll = input.verdicts.filter((v) => !isCross(v));
  const panel = panelAll.filter((v): v is OkVerdict => v.outcome === 'ok');
  const cross = input.verdicts.filter((v): v is OkVerdict => isCross(v) && v.outcome === 'ok');
  const bad = panelAll.filter((v) => v.outcome !== 'ok');

  if (input.transcript.roles.method === 'none') {
    flag(
      'roles_unknown',
      input.transcript.roles.note ?? 'Interviewer and candidate could not be told apart.',
    );
  }
  if (
    slot.status === 'ambiguous' ||
    (slot.status === 'answered' && slot.confidence < thresholds.minAlignmentConfidence)
  ) {
    flag(
      'alignment_ambiguous',
      slot.note ?? `Answer span found with low confidence (${slot.confidence.toFixed(2)}).`,
    );
  }
  if (slot.status === 'not_asked') {
    if (input.interviewerRating !== null) {
      flag(
        'alignment_ambiguous',
        `The interviewer rated ${question.id} but the question was not found in the transcript.`,
      );
    }
    return finish(input, reasons, { status: 'not_asked', rating: null, spread: 0, findings: [] });
  }

  for (const v of bad) {
    if (v.outcome === 'invalid')
      flag('judge_output_invalid', `${judgeLabel(v)} returned invalid output: ${v.error}`);
    else if (v.outcome === 'failed') flag('judge_failed', `${judgeLabel(v)} failed: ${v.error}`);
  }
  if (input.verdicts.length === 0 && slot.answer.trim() === '') {
    // Nothing was judged because there was nothing to read: say so, instead of blaming a judge.
    const before = reasons.get('alignment_ambiguous');
    const note = 'No candidate answer was located for this question, so no judge was asked.';
    reasons.set('alignment_ambiguous', before === undefined ? note : `${before} ${note}`);
    return finish(input, reasons, { status: 'failed', rating: null, spread: 0, findings: [] });
  }
  // Checked before anything can fail: an item without a usable verdict still shows the attempt.
  const { injection } = input;
  if (injection.suspected) {
    const kinds = [...new Set(injection.spans.map((s) => s.kind.replace(/_/g, ' ')))].join(', ');
    flag(
      'injection_suspected',
      `The answer tries to steer the judge (${kinds}): “${injection.matches[0] ?? injection.spans[0]?.text ?? ''}”.`,
    );
  }
  const twin = strippedRating(input, isCross);
  if (twin.failed !== null) {
    flag(twin.failed.reason, twin.failed.note);
    return finish(input, reasons, { status: 'failed', rating: null, spread: 0, findings: [] });
  }
  if (panel.length === 0) {
    if (bad.length === 0) flag('judge_failed', 'No judge verdict was recorded for this item.');
    return finish(input, reasons, { status: 'failed', rating: null, spread: 0, findings: [] });
  }
  if (bad.length > 0) flag('panel_reduced', `Rated by ${panel.length} of ${panelAll.length} judge calls.`);

  const { findings, split } = combineFindings(question, panel, slot.answer);
  const ratings = panel.map((v) => v.body.rating);
  const spread = Math.max(...ratings) - Math.min(...ratings);
  let rating = median(ratings);
  if (rating === null) return finish(input, reasons, { status: 'failed', rating: null, spread, findings });

  if (spread >= thresholds.disagreementSpread) {
    flag(
      'judge_disagreement',
      `Judges' ratings range from ${Math.min(...ratings)} to ${Math.max(...ratings)}.`,
    );
  } else if (split.length > 0) {
    flag('judge_disagreement', `No majority among judges on ${split.join(', ')}.`);
  }

  const unverified = findings.flatMap((f) =>
    f.evidence.filter((e) => !e.verified && !isCrossLabel(e.judge, input)),
  );
  if (unverified.length > 0) {
    const first = unverified[0];
    flag(
      'evidence_not_found',
      `${unverified.length} quote(s) not found in the answer, e.g. “${first?.quote}” (${first?.judge}).`,
    );
  }

  // As with flags, the panel's majority decides: one noisy sample's claim does not.
  const judgeSawInjection = panel.filter((v) => v.body.injectionSuspected).length * 2 > panel.length;
  if (injection.suspected || judgeSawInjection) {
    flag('injection_suspected', 'The judges reported that the answer tries to steer them.');
    // Steering can never raise a rating: cap it at what the verified evidence alone supports.
    const verifiedOnly = findings.map((f) => ({
      flag: f.flag,
      evidence: f.evidence.filter((e) => e.verified).map((e) => e.quote),
      status: f.status === 'present' && f.evidence.some((e) => e.verified) ? f.status : ('absent' as const),
    }));
    rating = Math.min(rating, rateByRule(verifiedOnly, question, input.rule));
  }
  if (twin.rating !== null && twin.rating < rating) {
    const before = reasons.get('injection_suspected') ?? '';
    reasons.set(
      'injection_suspected',
      `${before} Judged without that text it rates ${twin.rating} (not ${rating}); the lower rating counts.`,
    );
    rating = twin.rating;
  }

  for (const c of cross) {
    if (Math.abs(c.body.rating - rating) >= thresholds.crossCheckGap) {
      flag(
        'crosscheck_disagreement',
        `Cross-check ${judgeLabel(c)} rated ${c.body.rating}, the judges ${rating}.`,
      );
    }
  }
  if (
    input.interviewerRating !== null &&
    Math.abs(input.interviewerRating - rating) >= thresholds.interviewerGap
  ) {
    flag(
      'interviewer_disagreement',
      `The interviewer rated ${input.interviewerRating}, the judges ${rating}.`,
    );
  }
  return finish(input, reasons, { status: 'scored', rating, spread, findings });
}

/**
 * The rating of the stripped twin (the answer without its suspect spans): the median of its
 * panel's usable verdicts, or by the rule with nothing shown when nothing is left of the answer.
 * When the twin has no usable verdict, the item cannot be rated safely: it fails closed.
 */
function strippedRating(
  input: AggregateInput,
  isCross: (v: JudgeVerdict) => boolean,
): { rating: number | null; failed: { reason: ReviewReason; note: string } | null } {
  const { stripped } = input;
  if (!input.injection.suspected || stripped === undefined) return { rating: null, failed: null };
  if (stripped.answer.trim() === '')
    return { rating: rateByRule([], input.question, input.rule), failed: null };
  const panel = stripped.verdicts.filter((v) => !isCross(v));
  const ratings = panel.flatMap((v) => (v.outcome === 'ok' ? [v.body.rating] : []));
  const rating = median(ratings);
  if (rating !== null) return { rating, failed: null };
  const invalid = panel.some((v) => v.outcome === 'invalid');
  const why = panel.find((v) => v.outcome !== 'ok');
  return {
    rating: null,
    failed: {
      reason: invalid ? 'judge_output_invalid' : 'judge_failed',
      note: `The answer without its suspect text could not be judged${why && 'error' in why ? ` (${why.error})` : ''}, so the item is not rated.`,
    },
  };
}

function isCrossLabel(label: string, input: AggregateInput): boolean {
  return input.crossCheckJudges.some((j) => label === j || label.startsWith(`${j}#`));
}

function finish(
  input: AggregateInput,
  reasons: ReadonlyMap<ReviewReason, string>,
  outcome: {
    status: ItemResult['status'];
    rating: number | null;
    spread: number;
    findings: ItemResult['findings'];
  },
): ItemResult {
  const reviewReasons = [...reasons.keys()].sort((a, b) => REASON_SEVERITY[b] - REASON_SEVERITY[a]);
  const severity = reviewReasons.reduce((sum, r) => sum + REASON_SEVERITY[r], 0);
  return {
    key: input.key,
    transcript: input.transcript.id,
    transcriptPath: input.transcript.path,
    question: input.question.id,
    status: outcome.status,
    alignment: input.slot,
    verdicts: [...input.verdicts],
    findings: outcome.findings,
    rating: outcome.rating,
    ratingLabel:
      outcome.rating === null
        ? outcome.status === 'not_asked'
          ? 'not_asked'
          : null
        : (input.scale.labels[String(outcome.rating)] ?? null),
    ratingSpread: outcome.spread,
    interviewerRating: input.interviewerRating,
    needsReview: reviewReasons.length > 0,
    reviewReasons,
    reviewNotes: reviewReasons.map((r) => reasons.get(r) ?? r),
    reviewPriority: severity + outcome.spread,
    ...(input.injection.suspected
      ? {
          injection: {
            spans: input.injection.spans.map(({ start, end, kind }) => ({ start, end, kind })),
            strippedRating: strippedRating(input, (v) => input.crossCheckJudges.includes(v.judge)).rating,
          },
        }
      : {}),
  };
}
