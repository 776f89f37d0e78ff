import type { ItemResult } from '../aggregate/schema.ts';
import { describeRating, describeReason, findQuestion } from '../report/describe.ts';
import type { Rubric } from '../rubric/schema.ts';
import { excerptAnswer } from './excerpt-answer.ts';
import { type Marker, sanitizeTerminalText } from './terminal-text.ts';

const clean = (text: string): string => sanitizeTerminalText(text).replace(/\s*\n\s*/g, ' ');

/** The judges' rating in words: `3 adequate`, `not asked`, or `none (failed)`. */
export function describeJudgesRating(rubric: Rubric, item: ItemResult): string {
  if (item.rating !== null) return `${item.rating} ${describeRating(rubric.scale, item.rating)}`;
  return item.status === 'not_asked' ? 'not asked' : `none (${item.status})`;
}

/**
 * One queued item as a reviewer reads it in a terminal: the question, why it is queued, the
 * answer with the judges' evidence marked, each flag's majority finding with its quotes, and each
 * judge's rating and reasons. Every piece of run text is sanitised for the terminal.
 */
export function formatReviewItem(
  rubric: Rubric,
  item: ItemResult,
  position: { readonly index: number; readonly total: number },
  marker: Marker,
): string {
  const question = findQuestion(rubric, item.question);
  const lines = [
    `── ${position.index} of ${position.total} · ${clean(item.key)} · priority ${item.reviewPriority} ──`,
    `Question ${clean(item.question)}: ${clean(question?.text ?? '(not in this rubric)')}`,
    `Judges' rating: ${describeJudgesRating(rubric, item)}${
      item.interviewerRating === null ? '' : ` · interviewer rated ${item.interviewerRating}`
    }`,
  ];
  if (item.reviewReasons.length > 0) {
    lines.push('Why it is queued:');
    item.reviewReasons.forEach((reason, i) => {
      const note = item.reviewNotes.length === item.reviewReasons.length ? item.reviewNotes[i] : undefined;
      lines.push(`  • ${describeReason(reason)}${note ? `: ${clean(note)}` : ''}`);
    });
  }
  const { alignment } = item;
  const span = alignment.turns ? `turns ${alignment.turns[0]}–${alignment.turns[1]}, ` : '';
  lines.push(
    `Answer (${alignment.status.replace('_', ' ')}, ${span}${Math.round(alignment.confidence * 100)}% confidence):`,
  );
  const quotes = item.findings.flatMap((finding) => finding.evidence.map((e) => e.quote));
  const excerpt =
    alignment.answer.trim() === ''
      ? { text: '(no answer text)', cut: false }
      : excerptAnswer(alignment.answer, quotes, marker);
  lines.push(...excerpt.text.split('\n').map((line) => `  ${line}`));
  lines.push(...formatFindings(item));
  lines.push(...formatVerdicts(rubric, item));
  return `${lines.join('\n')}\n`;
}

function formatFindings(item: ItemResult): string[] {
  const relevant = item.findings.filter((f) => f.status !== 'absent' || f.evidence.length > 0);
  if (relevant.length === 0) return [];
  const lines = ['Findings (majority of the judges):'];
  for (const finding of relevant) {
    const votes = `${finding.votes.present} present / ${finding.votes.absent} absent / ${finding.votes.unclear} unclear`;
    lines.push(
      `  ${finding.kind === 'green' ? '+' : '−'} ${clean(finding.flag)} ${finding.status} (${votes}): ${clean(finding.text)}`,
    );
    for (const evidence of finding.evidence) {
      const mark = evidence.verified ? 'verified' : 'NOT FOUND in the answer';
      lines.push(`      “${clean(evidence.quote)}” — ${clean(evidence.judge)}, ${mark}`);
    }
  }
  return lines;
}

function formatVerdicts(rubric: Rubric, item: ItemResult): string[] {
  if (item.verdicts.length === 0) return [];
  const lines = ['Judges:'];
  for (const verdict of item.verdicts) {
    const who = `${clean(verdict.judge)} (${clean(verdict.model)}, sample ${verdict.sample})`;
    if (verdict.outcome !== 'ok') {
      lines.push(`  ${who}: ${verdict.outcome}: ${clean(verdict.error)}`);
      continue;
    }
    const { rating, rationale, injectionSuspected } = verdict.body;
    const injection = injectionSuspected ? ' · injection suspected' : '';
    lines.push(`  ${who}: rated ${rating} ${describeRating(rubric.scale, rating)}${injection}`);
    if (rationale.trim() !== '') lines.push(`    ${clean(rationale)}`);
  }
  return lines;
}
