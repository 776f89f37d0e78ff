import type { AlignOptions } from './align-options.ts';
import { assignBySimilarity } from './assign-by-similarity.ts';
import type { BlockDecision } from './block-decision.ts';
import type { QuestionIndex } from './build-question-index.ts';
import type { BlockFeatures } from './describe-blocks.ts';
import { mergeRepeatedAsks } from './merge-repeated-asks.ts';
import { relabelByExchange } from './relabel-by-exchange.ts';
import { settleByAnswer } from './settle-by-answer.ts';

interface OpenSpan {
  readonly questions: readonly number[];
  /** Content stems said so far in this exchange (questions, follow-ups and replies). */
  readonly said: Set<string>;
}

function overlap(feature: BlockFeatures, said: ReadonlySet<string>): number {
  if (feature.stems.size === 0) return 0;
  let shared = 0;
  for (const stem of feature.stems) if (said.has(stem)) shared += 1;
  return shared / feature.stems.size;
}

function currentScore(feature: BlockFeatures, span: OpenSpan): number {
  return Math.max(0, ...span.questions.map((question) => feature.scores[question] ?? 0));
}

/** A block matched to another question that is really a follow-up on the open one. */
function isFollowUpMatch(
  feature: BlockFeatures,
  span: OpenSpan,
  score: number,
  options: AlignOptions,
): boolean {
  if (score >= options.strongScore) return false;
  const current = currentScore(feature, span);
  return current >= options.plausibleScore && current >= options.followUpSimilarityRatio * score;
}

/**
 * An unmatched block that belongs to the open exchange rather than closing it. Interviewers
 * rarely leave a rubric question with a short question of their own, so short questions stay;
 * what ends a span is a transition ("moving on", "tell me about a project…") or a substantial
 * question on words nobody has said yet.
 */
function keepsSpanOpen(feature: BlockFeatures, span: OpenSpan, options: AlignOptions): boolean {
  if (feature.backChannel) return true;
  if (feature.transition) return false;
  if (feature.followUpCue || overlap(feature, span.said) >= options.followUpOverlap) return true;
  if (currentScore(feature, span) >= options.plausibleScore) return true;
  // A remark ("we had the same trouble last year") after which the candidate goes on with the
  // same answer is an aside inside the exchange, however long it is.
  if (!feature.questionLike) {
    return feature.wordCount <= options.shortStatementWords || replyContinues(feature, span, options);
  }
  // A short question stays when it brings at most one new word ("How do you detect it?") or
  // picks up something already said; "What's a project you enjoyed?" moves on.
  if (feature.stems.size <= 1) return true;
  return feature.stems.size <= options.followUpMaxStems && overlap(feature, span.said) > 0;
}

/** The candidate's reply after a block goes on in the words of the open exchange. */
function replyContinues(feature: BlockFeatures, span: OpenSpan, options: AlignOptions): boolean {
  if (feature.replyStems.size === 0) return false;
  let shared = 0;
  for (const stem of feature.replyStems) if (span.said.has(stem)) shared += 1;
  return shared / feature.replyStems.size >= options.followUpOverlap;
}

/** A span opens with the question's own vocabulary (text and flags: what a follow-up digs into). */
function openSpan(questions: readonly number[], feature: BlockFeatures, index: QuestionIndex): OpenSpan {
  const said = new Set([...feature.stems, ...feature.replyStems]);
  for (const question of questions) for (const stem of index.weights[question]?.keys() ?? []) said.add(stem);
  return { questions, said };
}

/** One left-to-right pass; also reports matched blocks that turned out to be follow-ups. */
function walkBlocks(
  features: readonly BlockFeatures[],
  markerOwner: ReadonlyMap<number, number>,
  assigned: ReadonlyMap<number, readonly number[]>,
  knownFollowUps: ReadonlySet<number>,
  index: QuestionIndex,
  options: AlignOptions,
): { decisions: BlockDecision[]; followUps: number[] } {
  const decisions: BlockDecision[] = [];
  const followUps: number[] = [];
  let span: OpenSpan | null = null;
  for (const feature of features) {
    const at = feature.block.index;
    const marked = feature.markers.filter((question) => markerOwner.get(question) === at);
    const matched = assigned.get(at);
    const matchScore = Math.max(0, ...(matched ?? []).map((question) => feature.scores[question] ?? 0));
    if (marked.length > 0) {
      decisions.push({ kind: 'ask', questions: marked, method: 'marker', scores: feature.scores });
      span = openSpan(marked, feature, index);
    } else if (matched !== undefined && !(span && isFollowUpMatch(feature, span, matchScore, options))) {
      decisions.push({ kind: 'ask', questions: matched, method: 'similarity', scores: feature.scores });
      span = openSpan(matched, feature, index);
    } else if (
      span &&
      (matched !== undefined || knownFollowUps.has(at) || keepsSpanOpen(feature, span, options))
    ) {
      if (matched !== undefined) followUps.push(at);
      decisions.push({ kind: 'continue' });
      for (const stem of [...feature.stems, ...feature.replyStems]) span.said.add(stem);
    } else {
      decisions.push({ kind: 'end' });
      span = null;
    }
  }
  return { decisions, followUps };
}

/** Decides, for every interviewer block, whether it asks a rubric question, continues or ends a span. */
export function decideBlocks(
  features: readonly BlockFeatures[],
  index: QuestionIndex,
  options: Readonly<AlignOptions>,
): BlockDecision[] {
  const questionCount = index.ids.length;
  // Explicit markers win; the first announcement of a question owns it.
  const markerOwner = new Map<number, number>();
  for (const feature of features) {
    for (const question of feature.markers) {
      if (!markerOwner.has(question)) markerOwner.set(question, feature.block.index);
    }
  }
  const markedQuestions = new Set(markerOwner.keys());
  const closedBlocks = new Set(markerOwner.values());
  const knownFollowUps = new Set<number>();
  // Each round closes the blocks found to be follow-ups, freeing their questions for other blocks.
  for (;;) {
    const assigned = assignBySimilarity(features, questionCount, { markedQuestions, closedBlocks }, options);
    const { decisions, followUps } = walkBlocks(
      features,
      markerOwner,
      assigned,
      knownFollowUps,
      index,
      options,
    );
    if (followUps.length === 0) {
      const relabelled = relabelByExchange(
        mergeRepeatedAsks(decisions, features, options),
        features,
        index,
        options,
      );
      return settleByAnswer(relabelled, features, index, options);
    }
    for (const block of followUps) {
      closedBlocks.add(block);
      knownFollowUps.add(block);
    }
  }
}
