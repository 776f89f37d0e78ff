import { type AlignedTranscript, locateAskingTurn, locateSpan } from './locate-span.ts';
import type { AnswerSlot } from './schema.ts';

const ROLES_GUESSED = 'Speaker roles are unknown: questions were located by their question marks.';

function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}

/** The similarity evidence at a block: what its decision was based on, else its own scores. */
function evidenceAt(aligned: AlignedTranscript, position: number): readonly number[] {
  const decision = aligned.decisions[position];
  return decision?.kind === 'ask' ? decision.scores : (aligned.features[position]?.scores ?? []);
}

function format(score: number): string {
  return score.toFixed(2);
}

/** Where a question is asked, if a block decision says so. */
function findAsk(aligned: AlignedTranscript, question: number) {
  for (const [position, decision] of aligned.decisions.entries()) {
    if (decision.kind === 'ask' && decision.questions.includes(question))
      return { position, method: decision.method };
  }
  return null;
}

/**
 * The strongest other question for the same block that is not clearly asked somewhere else;
 * questions the block itself asks alongside this one are not rivals.
 */
function findRival(aligned: AlignedTranscript, position: number, question: number) {
  let rival = { question: -1, score: 0 };
  const decision = aligned.decisions[position];
  const alongside = decision?.kind === 'ask' ? decision.questions : [];
  evidenceAt(aligned, position).forEach((score, other) => {
    if (other === question || alongside.includes(other) || score <= rival.score) return;
    const ask = findAsk(aligned, other);
    if (ask === null || ask.position === position) rival = { question: other, score };
  });
  return rival;
}

function idOf(aligned: AlignedTranscript, question: number): string {
  return aligned.rubric.questions[question]?.id ?? `#${question}`;
}

/**
 * An unmatched interviewer question that might be this one: question-like, before the closing
 * small talk, not an agenda, and clearly closer to this question than to any other.
 */
function isLoneQuestion(aligned: AlignedTranscript, position: number, question: number): boolean {
  const feature = aligned.features[position];
  if (feature === undefined || !feature.questionLike || feature.late || feature.agenda) return false;
  const score = feature.scores[question] ?? 0;
  const rival = Math.max(0, ...feature.scores.filter((_, other) => other !== question));
  return score > rival && (score - rival) / score >= aligned.options.minMargin;
}

/** The slot of a question some block asks. */
function askedSlot(
  aligned: AlignedTranscript,
  question: number,
  position: number,
  method: 'marker' | 'similarity',
) {
  const { options } = aligned;
  const askedAt = locateAskingTurn(aligned, position, question, method);
  const span = locateSpan(aligned, position);
  let status: AnswerSlot['status'] = 'answered';
  let confidence = options.markerConfidence;
  const notes: string[] = [];
  if (method === 'similarity') {
    const score = evidenceAt(aligned, position)[question] ?? 0;
    const rival = findRival(aligned, position, question);
    const margin = score > 0 ? (score - rival.score) / score : 0;
    const strength = Math.min(1, score / options.strongScore);
    confidence = strength * (0.5 + 0.5 * Math.min(1, margin / (2 * options.minMargin)));
    if (margin < options.minMargin) {
      status = 'ambiguous';
      notes.push(
        `Turn ${askedAt} matches this question and ${idOf(aligned, rival.question)} about equally (${format(score)} vs ${format(rival.score)}).`,
      );
    }
  }
  if (span === null) {
    status = 'ambiguous';
    confidence = Math.min(confidence, 0.5);
    notes.push(`Asked at turn ${askedAt}, but the candidate did not reply before the next question.`);
  } else if (span.guessed || aligned.layout.blocks[position]?.guessed === true) {
    status = 'ambiguous';
    confidence = Math.min(confidence, options.unknownRoleMaxConfidence);
    notes.push(ROLES_GUESSED);
  }
  return { status, askedAt, span, confidence, notes };
}

/** A question no block asks outright: maybe asked (weak or tied match), else not asked. */
function unaskedSlot(aligned: AlignedTranscript, question: number) {
  const { options, decisions } = aligned;
  let maybe = { position: -1, score: 0, note: '' };
  let best = { position: -1, score: 0 };
  for (const [position, decision] of decisions.entries()) {
    const scores = evidenceAt(aligned, position);
    const score = scores[question] ?? 0;
    if (score > best.score) best = { position, score };
    if (score < options.plausibleScore || score <= maybe.score) continue;
    if (decision.kind === 'ask' && decision.method === 'similarity') {
      const owner = decision.questions[0] ?? -1;
      const ownerScore = scores[owner] ?? 0;
      if (score < (1 - options.minMargin) * ownerScore) continue;
      maybe = {
        position,
        score,
        note: `was aligned to ${idOf(aligned, owner)} but matches this question almost as well (${format(score)} vs ${format(ownerScore)}).`,
      };
    } else if (decision.kind === 'end' && isLoneQuestion(aligned, position, question)) {
      maybe = {
        position,
        score,
        note: `may ask this question, but its similarity ${format(score)} is below ${format(options.minScore)}.`,
      };
    }
  }
  if (maybe.position >= 0) {
    const askedAt = locateAskingTurn(aligned, maybe.position, question, 'similarity');
    const span = locateSpan(aligned, maybe.position);
    const confidence = 0.5 * Math.min(1, maybe.score / options.minScore);
    return {
      status: 'ambiguous' as const,
      askedAt,
      span,
      confidence,
      notes: [`Turn ${askedAt} ${maybe.note}`],
    };
  }
  const where =
    best.position >= 0
      ? ` (best: ${format(best.score)} at turn ${aligned.layout.blocks[best.position]?.first})`
      : '';
  const notes = [`No interviewer turn matches this question${where}.`];
  const allGuessed = aligned.layout.guessed.length > 0 && aligned.layout.guessed.every(Boolean);
  if (allGuessed) notes.push(ROLES_GUESSED);
  return {
    status: allGuessed ? ('ambiguous' as const) : ('not_asked' as const),
    askedAt: null,
    span: null,
    confidence: allGuessed
      ? options.unknownRoleMaxConfidence
      : 1 - 0.5 * Math.min(1, best.score / options.minScore),
    notes,
  };
}

/** The answer slot of one rubric question (by index) in a decided transcript. */
export function buildSlot(aligned: AlignedTranscript, question: number): AnswerSlot {
  const ask = findAsk(aligned, question);
  const slot = ask ? askedSlot(aligned, question, ask.position, ask.method) : unaskedSlot(aligned, question);
  const method: AnswerSlot['method'] = ask ? ask.method : slot.askedAt === null ? 'none' : 'similarity';
  return {
    question: idOf(aligned, question),
    status: slot.status,
    turns: slot.span ? [slot.span.turns[0], slot.span.turns[1]] : null,
    askedAt: slot.askedAt,
    confidence: round(slot.confidence),
    method,
    answer: slot.span?.answer ?? '',
    ...(slot.notes.length > 0 ? { note: slot.notes.join(' ') } : {}),
  };
}
