import { describe, expect, it } from 'vitest';
import { PARAPHRASE_PROBES } from '../../test/align/paraphrase-probes.ts';
import { loadInterviewRubric } from '../../test/align/rubric-fixture.ts';
import { DEFAULT_ALIGN_OPTIONS } from './align-options.ts';
import { buildQuestionIndex } from './build-question-index.ts';
import { scoreStems } from './score-text.ts';
import { tokenizeText } from './tokenize-text.ts';

const rubric = loadInterviewRubric();
const index = buildQuestionIndex(rubric, DEFAULT_ALIGN_OPTIONS);
const score = (text: string): number[] =>
  scoreStems(new Set(tokenizeText(text)), index, DEFAULT_ALIGN_OPTIONS);

/** The question a line is taken to ask, by the best score at or above `minScore`. */
function classify(text: string): string | null {
  const scores = score(text);
  const top = Math.max(...scores);
  return top >= DEFAULT_ALIGN_OPTIONS.minScore ? (rubric.questions[scores.indexOf(top)]?.id ?? null) : null;
}

describe('scoreStems', () => {
  it('scores every rubric question highest against its own text', () => {
    for (const [at, question] of rubric.questions.entries()) {
      const scores = score(question.text);
      expect(scores.indexOf(Math.max(...scores)), question.id).toBe(at);
    }
  });

  it('gives the same numbers whatever order a text names its words in', () => {
    // Credits are summed in each question's document order, not the text's: reversed, the
    // stems of a question's own text, of a paraphrase and of a relative ("failur" ~ "fail") score
    // exactly as they came.
    const texts = [
      ...rubric.questions.map((q) => q.text),
      ...PARAPHRASE_PROBES.filter((p) => p.expected !== null).map((p) => p.text),
      'failures of partially failing components',
    ];
    for (const text of texts) {
      const stems = tokenizeText(text);
      const forward = scoreStems(new Set(stems), index, DEFAULT_ALIGN_OPTIONS);
      const backward = scoreStems(new Set([...stems].reverse()), index, DEFAULT_ALIGN_OPTIONS);
      expect(backward, text).toEqual(forward);
      expect(
        forward.some((value) => value > 0),
        text,
      ).toBe(true);
    }
  });

  it('scores small talk 0 everywhere', () => {
    expect(score('How was your weekend? Did you do anything fun?').every((value) => value === 0)).toBe(true);
  });

  it('credits flag words less than the question’s own words', () => {
    const own = score('mutability')[1] ?? 0;
    const flag = score('aliasing and defensive cloning')[1] ?? 0;
    expect(own).toBeGreaterThan(0);
    expect(flag).toBeGreaterThan(0);
    expect(own).toBeGreaterThan(flag);
  });

  it('classifies at least 90% of the paraphrase probes, and no small talk as a rubric question', () => {
    const wrong = PARAPHRASE_PROBES.filter((probe) => classify(probe.text) !== probe.expected);
    expect(wrong.length / PARAPHRASE_PROBES.length).toBeLessThanOrEqual(0.1);
    const offRubric = PARAPHRASE_PROBES.filter((probe) => probe.expected === null);
    expect(offRubric.filter((probe) => classify(probe.text) !== null)).toEqual([]);
  });
});
