import { allMatches } from '../text/all-matches.ts';
import { codeFences } from '../text/code-fences.ts';
import { createLiteralGate } from '../text/literal-gate.ts';
import { pushAll } from '../text/push-all.ts';
import { clauseRanges, rangeAt, speechClauses } from './clause-ranges.ts';
import { findAdversarialSuffix, findPraiseSalad } from './find-adversarial-suffix.ts';
import { findCompactHits } from './find-compact-hits.ts';
import { findCoverageClaims } from './find-coverage-claims.ts';
import { readDisguised } from './find-disguised.ts';
import { findEncoded } from './find-encoded.ts';
import { findKeywordStuffing } from './find-keyword-stuffing.ts';
import { findLearnedSteering } from './find-learned-steering.ts';
import { findMixedScript } from './find-mixed-script.ts';
import { findNamedVerdicts, saysDecodedVerdict } from './find-named-verdicts.ts';
import { findSplitSteering } from './find-split-steering.ts';
import { findSteering } from './find-steering.ts';
import { findTermNames } from './find-term-names.ts';
import { findUnbalancedClosers } from './find-unbalanced-closers.ts';
import { foldText } from './fold-text.ts';
import {
  inCodeString,
  inDataRecord,
  inJsonValue,
  inKeyValueRecord,
  quotesHarmlessMessage,
} from './in-data-record.ts';
import { isMention, isReportedExample, speaksOfEvaluated } from './is-mention.ts';
import { matchingSentences } from './matching-sentences.ts';
import { spokenInAnotherLanguage } from './other-language.ts';
import { PATTERNS } from './patterns.ts';
import { mergeSpans } from './remove-spans.ts';
import { type InjectionKind, type InjectionReport, type InjectionSpan, SECTION_KINDS } from './schema.ts';
import { listAfterColon, newlineOffsets, nextLines, sectionEnd } from './section-extent.ts';

export type { InjectionKind, InjectionReport, InjectionSpan } from './schema.ts';

/** A stretch a finder flagged, before spans are cut; `steering`: found by what it does, not by a phrase. */
interface Hit {
  readonly kind: InjectionKind;
  readonly start: number;
  readonly end: number;
  readonly steering?: true;
  /** A hidden payload whose decoding names a verdict: never an example, however it is introduced. */
  readonly verdict?: true;
}

/** What detection may know beyond the answer. */
export interface DetectOptions {
  /** The question's flag terms (`flagTermsOf`): enables keyword-stuffing detection. */
  readonly flagTerms?: readonly string[];
  /**
   * Whether the learned steering model (`findLearnedSteering`) reads the answer too (default
   * true). False: the patterns alone, which is how the model's training labels are made.
   */
  readonly learned?: boolean;
}

export { PATTERNS } from './patterns.ts';

/** The phrase patterns' expressions, in `PATTERNS`' order. */
const PATTERN_LIST: readonly RegExp[] = PATTERNS.map((p) => p.pattern);
/** Which phrase patterns can match a text: those whose required words it holds (built on first use). */
const PATTERN_GATE = createLiteralGate(PATTERN_LIST);
/** Most important first: a span merged from several taken hits has the first of their kinds. */
const KIND_ORDER: readonly InjectionKind[] = [
  'wrapper_escape',
  'chat_template',
  'fake_system',
  'role_marker',
  'score_demand',
  'grader_note',
  'fake_errata',
  'instruction_override',
  'addresses_evaluator',
  'roleplay',
  'compliance_claim',
  'hidden_text',
  'keyword_stuffing',
  'learned_steering',
];

/**
 * Finds text in an answer that is meant for the judge rather than the interviewer, and returns
 * it as spans (`start`, `end`, `kind`, `text`), plus the sentences holding them (`matches`).
 *
 * It reads structure, not only words: text that addresses the evaluator or demands a rating;
 * instruction overrides and personas; role markers, chat-template tokens and fake system
 * messages; sequences that close the answer's wrapper (`</answer>`, `"}` and a new field,
 * `]]>`, a code fence opening a new section); fake rubric errata; notes to the grader; claims of
 * compliance with the rubric; hidden comments; and, given the question's `flagTerms`, keyword
 * stuffing. Text is matched after undoing disguises (`foldText`: invisible characters, look-alike
 * letters, fullwidth forms, spaced-out letters, leetspeak; base64 that decodes to text is read too) and in a letters-only view for glued
 * phrases, in the languages of `MULTILINGUAL_PATTERNS` too. Someone quoting or describing an
 * attack (a security interview) is not flagged, unless the quoted text targets this evaluation
 * (`isMention`), nor is a rating or a field inside a record of data the candidate describes
 * (`inDataRecord`: `{"item": "sku-1", "rating": 5}` is data, `…"}, {"rating": 4` breaks out).
 * Beside the patterns, a learned model of words (`findLearnedSteering`, unless `learned: false`)
 * flags clauses no pattern reads, as `learned_steering`.
 *
 * Pure, deterministic and linear in the answer's length (every pattern's work per position is
 * bounded). Spans do not overlap; a section-opening span (a wrapper escape, a role marker) runs
 * to the end of its line or to its closer, any other span covers its whole sentence.
 */
export function detectInjection(text: string, options: DetectOptions = {}): InjectionReport {
  return detect(text, options, true);
}

function detect(text: string, options: DetectOptions, decode: boolean): InjectionReport {
  const folded = foldText(text);
  // What a decoded payload or a quoted message is read with: the same model, no flag terms.
  const inner: DetectOptions = options.learned === false ? { learned: false } : {};
  // (Speech written without punctuation is cut at its hesitations: a span is the thought around
  // its hit, not the whole answer.)
  const sentences = clauseRanges(text).flatMap((range) => speechClauses(text, range, false));
  const lineEnds = newlineOffsets(text);
  const hits: Hit[] = [];
  for (const index of PATTERN_GATE(folded.text).runnableIndexes(PATTERN_LIST)) {
    const { pattern, kind, context } = PATTERNS[index] as (typeof PATTERNS)[number];
    pattern.lastIndex = 0;
    for (const match of allMatches(pattern, folded.text)) {
      const lead = match[0].length - match[0].trimStart().length;
      const from = match.index + lead;
      const to = match.index + match[0].length - 1;
      if (to < from) continue;
      if (context !== undefined && !context.test(nextLines(folded.text, to + 1))) continue;
      hits.push({ kind, start: folded.map[from] ?? 0, end: folded.endOf(to) });
    }
  }
  pushAll(hits, findCompactHits(folded));
  // A run of terms with enough said around it is part of the answer (`PROSE_AROUND`); the
  // answer's word offsets are found once, and only if some finder reads a run.
  const originalOf = (start: number, end: number) =>
    text.slice(folded.map[start] ?? 0, end > start ? folded.endOf(end - 1) : (folded.map[start] ?? 0));
  const disguised = readDisguised(folded.text, originalOf);
  // In an answer given in another language, or speech mixing two, a run with no English function word is speech.
  let wordStarts: number[] | undefined;
  const partOfAnswer = (kind: InjectionKind, start: number, end: number): boolean => {
    if (kind !== 'keyword_stuffing') return false;
    if (disguised.anotherLanguage || spokenInAnotherLanguage(text.slice(start, end))) return true;
    wordStarts ??= allMatches(PROSE_WORD, text).map((match) => match.index);
    return wordsOutside(wordStarts, start, end) >= PROSE_AROUND;
  };
  for (const found of findSteering(folded))
    if (!partOfAnswer(found.kind, found.start, found.end)) hits.push({ ...found, steering: true });
  for (const found of findSplitSteering(folded)) hits.push({ ...found, steering: true });
  for (const found of findNamedVerdicts(folded)) hits.push({ ...found, steering: true });
  for (const found of disguised.hits) {
    const start = folded.map[found.start] ?? 0;
    const end = folded.endOf(Math.max(found.start, found.end - 1));
    if (!partOfAnswer(found.kind, start, end)) hits.push({ ...found, start, end, steering: true });
  }
  for (const range of findUnbalancedClosers(text)) hits.push({ kind: 'wrapper_escape', ...range });
  const mixedScript = findMixedScript(text);
  if (mixedScript !== undefined) hits.push({ kind: 'hidden_text', ...mixedScript, steering: true });
  for (const found of findAdversarialSuffix(text)) hits.push({ ...found, steering: true });
  for (const found of findPraiseSalad(text)) hits.push({ ...found, steering: true });
  // A payload that decodes to steering is the disguise itself, in backticks or not.
  if (decode)
    for (const found of findEncoded(text, (decoded) =>
      saysDecodedVerdict(decoded) ? 'verdict' : detect(decoded, inner, false).suspected,
    ))
      hits.push({ ...found, steering: true });

  const fences = codeFences(text);
  // In text order; a hit inside a span already taken adds nothing, so a flood of hits costs
  // one span's work, not one per hit.
  const take = (found: readonly Hit[]) => {
    const taken: { kind: InjectionKind; start: number; end: number }[] = [];
    let covered = -1;
    for (const hit of [...found].sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (hit.end <= covered) continue;
      const sentence = rangeAt(sentences, hit.start, text.length);
      const sentenceEnd = rangeAt(sentences, hit.end - 1, text.length).end;
      const extent = SECTION_KINDS.has(hit.kind)
        ? { start: hit.start, end: sectionEnd(text, hit, lineEnds, sentenceEnd) }
        : {
            start: Math.min(hit.start, sentence.start),
            end: listAfterColon(text, Math.max(hit.end, sentenceEnd)),
          };
      // (A hit in data or a code string that speaks of the candidate or the answer is a message, not data.)
      const data =
        (hit.kind === 'score_demand' || hit.kind === 'wrapper_escape' || hit.kind === 'learned_steering') &&
        !speaksOfEvaluated(text.slice(hit.start, hit.end));
      const mention =
        (data &&
          (inDataRecord(text, hit.start, hit.end) || inKeyValueRecord(text, hit.start, hit.end, fences))) ||
        (hit.kind === 'wrapper_escape' && inJsonValue(text, hit.start, hit.end)) ||
        (data && inCodeString(text, hit.start, hit.end, fences)) ||
        (hit.kind === 'chat_template' &&
          quotesHarmlessMessage(text, hit.start, (content) => detect(content, inner, false).suspected)) ||
        (hit.steering === true
          ? hit.verdict !== true && isReportedExample(text, sentence, hit, fences)
          : isMention(text, sentence, hit, extent.end, fences));
      if (mention) continue;
      taken.push({ kind: hit.kind, ...extent });
      covered = Math.max(covered, extent.end);
    }
    return taken;
  };
  const spans = take(hits);
  // The model's clauses where no pattern's span lies (a pattern says what kind a span is).
  if (options.learned !== false) pushAll(spans, take(unclaimed(findLearnedSteering(text, folded), spans)));
  if (options.flagTerms !== undefined) {
    for (const range of [
      ...findKeywordStuffing(text, options.flagTerms),
      ...findTermNames(text, options.flagTerms),
    ])
      spans.push({ kind: 'keyword_stuffing', ...range });
    // (A recap in English of an answer given in another language names terms the answer said in
    // that language: whether they were covered cannot be read from the words.)
    if (!disguised.anotherLanguage)
      for (const range of findCoverageClaims(text, options.flagTerms))
        spans.push({ kind: 'compliance_claim', ...range });
  }
  return report(text, spans);
}

/**
 * The model's clauses (in text order) that no span overlaps, as hits: one sweep over the spans
 * by start, keeping the furthest end of those starting before the clause ends.
 */
function unclaimed(
  ranges: readonly { start: number; end: number }[],
  hits: readonly { start: number; end: number }[],
): Hit[] {
  const byStart = hits.map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start);
  const free: Hit[] = [];
  let next = 0;
  let furthest = -1;
  for (const range of ranges) {
    for (; next < byStart.length && (byStart[next]?.start ?? 0) < range.end; next++)
      furthest = Math.max(furthest, byStart[next]?.end ?? 0);
    if (furthest <= range.start) free.push({ kind: 'learned_steering', ...range, steering: true });
  }
  return free;
}

/**
 * Words said outside a list for it to be part of an answer (a recap, an outline under a heading,
 * a table of tests) rather than terms dumped in place of one. With the question's flag terms,
 * `findKeywordStuffing` still reads such a list for the rubric's terms.
 */
const PROSE_AROUND = 60;

const PROSE_WORD = /[\p{L}][\p{L}'’-]*/gu;

/** How many of the words starting at `starts` (sorted) lie outside `[start, end)` (binary search). */
function wordsOutside(starts: readonly number[], start: number, end: number): number {
  const before = lowerBound(starts, start);
  return before + (starts.length - lowerBound(starts, end));
}

function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? 0) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function report(
  text: string,
  found: readonly { kind: InjectionKind; start: number; end: number }[],
): InjectionReport {
  // Each merged span takes the most important kind among the hits inside it (one sweep).
  const byStart = [...found].sort((a, b) => a.start - b.start);
  let next = 0;
  const spans: InjectionSpan[] = mergeSpans(found, text.length).map(({ start, end }) => {
    let best = KIND_ORDER.length;
    while (next < byStart.length && (byStart[next]?.start ?? end) < end) {
      best = Math.min(best, KIND_ORDER.indexOf(byStart[next]?.kind ?? 'instruction_override'));
      next += 1;
    }
    const kind = KIND_ORDER[best] ?? 'instruction_override';
    const trimmedEnd = start + text.slice(start, end).trimEnd().length;
    return { start, end: trimmedEnd, kind, text: text.slice(start, trimmedEnd) };
  });
  return { suspected: spans.length > 0, spans, matches: matchingSentences(text, spans) };
}
