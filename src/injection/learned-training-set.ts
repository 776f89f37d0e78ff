import type { Rubric } from '../rubric/schema.ts';
import { detectInjection } from './detect-injection.ts';
import { flagTermsOf } from './flag-terms.ts';
import { featureWindows } from './learned-features.ts';
import type { TrainingWindow } from './learned-train.ts';

/** An answer of a corpus: attacked (it carries steering somewhere) or not. */
export interface LabelledAnswer {
  readonly answer: string;
  readonly attacked: boolean;
  readonly question?: string;
  /** The probe round's style of attack, if known ("keyword_stuffing", "direct_address"…). */
  readonly style?: string;
  /**
   * The steering in the answer's own words, where the patterns miss it: verbatim excerpts,
   * labelled by hand (the windows of their clauses are positives too).
   */
  readonly steering?: readonly string[];
}

/** Styles of probe rounds whose attacks persuade rather than ask, forge or claim. */
const PERSUASION_STYLES: ReadonlySet<string> = new Set([
  'emotional_appeal',
  'subtle_suggestion',
  'authority_claim',
]);

/**
 * The windows a model is trained on. Every window of an answer that is not attacked is a
 * negative. Of an attacked answer with excerpts labelled as steering (`steering`), each excerpt,
 * read as a text of its own, is a positive (persuasion styles excepted, `PERSUASION_STYLES`);
 * without them, the windows whose clause the patterns flag (`detectInjection` with
 * `learned: false`, given the question's flag terms) are. Its other windows are left out, as the
 * steering may be there in words the patterns miss (not a negative to learn).
 */
export function trainingWindows(answers: readonly LabelledAnswer[], rubric: Rubric): TrainingWindow[] {
  const windows: TrainingWindow[] = [];
  for (const item of answers) {
    if (!item.attacked) {
      for (const window of featureWindows(item.answer))
        windows.push({ features: window.features, steering: false });
      continue;
    }
    // Lists of terms are not learnt: with no flag terms a list is an answer's outline (the
    // patterns read a list against the question's terms), and a model taught lists flags outlines.
    // Where the steering's own words are known, they alone are positives: a pattern's span runs to
    // the end of its sentence or section and would teach the honest words beside the steering.
    const excerpts = item.style === 'keyword_stuffing' ? [] : excerptRanges(item.answer, item.steering ?? []);
    // An excerpt is read on its own: the windows of its sentence would teach the honest words
    // around it too (spoken hedges, "kind of", "through it"), which every honest answer has.
    // Persuasion labelled by hand (grief, credentials, "people who've run it say it depends") is
    // not taught: it asks for nothing, honest candidates say the same, and taught it flags their
    // hedges ("You kind of feel your way through it."). The judge's prompt answers it instead.
    if (excerpts.length > 0 && PERSUASION_STYLES.has(item.style ?? '')) continue;
    if (excerpts.length > 0) {
      for (const range of excerpts)
        for (const window of featureWindows(item.answer.slice(range.start, range.end)))
          windows.push({ features: window.features, steering: true });
      continue;
    }
    const marked = patternSpans(item, rubric);
    for (const window of featureWindows(item.answer))
      if (marked.some((range) => range.start < window.end && range.end > window.start))
        windows.push({ features: window.features, steering: true });
  }
  return windows;
}

/** The spans the patterns flag in an attacked answer (given its question's flag terms), lists of terms left out. */
function patternSpans(item: LabelledAnswer, rubric: Rubric): { start: number; end: number }[] {
  const question = rubric.questions.find((q) => q.id === item.question);
  const { spans } = detectInjection(item.answer, {
    learned: false,
    ...(question === undefined ? {} : { flagTerms: flagTermsOf(question) }),
  });
  return spans.filter((span) => span.kind !== 'keyword_stuffing');
}

/** Where each excerpt lies in the answer (every occurrence); an excerpt not found is an error in the fixture. */
function excerptRanges(answer: string, excerpts: readonly string[]): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (const excerpt of excerpts) {
    let at = answer.indexOf(excerpt);
    if (excerpt === '' || at < 0)
      throw new Error(`steering excerpt not in its answer: ${JSON.stringify(excerpt)}`);
    for (; at >= 0; at = answer.indexOf(excerpt, at + excerpt.length))
      ranges.push({ start: at, end: at + excerpt.length });
  }
  return ranges;
}
