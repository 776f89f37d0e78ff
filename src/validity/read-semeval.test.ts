import { describe, expect, it } from 'vitest';
import { parseRubric } from '../rubric/parse-rubric.ts';
import { readSemevalQuestion, semevalRubric } from './read-semeval.ts';

const XML = `<?xml version="1.0"?>
<question id="ZZ_1" module="ZZ">
  <questionText>Why does ice float on water?</questionText>
  <referenceAnswers>
    <referenceAnswer id="ZZ_1-a1">Ice is less dense than liquid water.</referenceAnswer>
  </referenceAnswers>
  <studentAnswers>
    <studentAnswer id="ZZ.1.17.1" accuracy="correct">It is lighter &amp; less dense.</studentAnswer>
    <studentAnswer id="ZZ.1.18.1" accuracy="partially_correct_incomplete">Because it is cold.</studentAnswer>
    <studentAnswer id="ZZ.1.19.1" accuracy="non_domain">I dunno.</studentAnswer>
  </studentAnswers>
</question>`;

describe('readSemevalQuestion', () => {
  it('reads the question, its reference answers and graded answers by student', () => {
    expect(readSemevalQuestion(XML)).toEqual({
      id: 'ZZ_1',
      module: 'ZZ',
      text: 'Why does ice float on water?',
      references: ['Ice is less dense than liquid water.'],
      answers: [
        { student: 'ZZ-17', text: 'It is lighter & less dense.', gold: 3 },
        { student: 'ZZ-18', text: 'Because it is cold.', gold: 2 },
        { student: 'ZZ-19', text: 'I dunno.', gold: 0 },
      ],
    });
  });

  it('is null for a file that is not a question', () => {
    expect(readSemevalQuestion('<answers/>')).toBeNull();
  });

  it('writes a rubric rubricate compiles, any one reference answer being enough', () => {
    const question = readSemevalQuestion(XML);
    if (question === null) throw new Error('expected a question');
    const { rubric } = parseRubric({ path: 'zz.md', text: semevalRubric('ZZ', [question]) });
    expect(rubric?.rule.strongMinGreen).toBe(1);
    expect(rubric?.questions[0]).toMatchObject({ id: 'q1', text: 'Why does ice float on water?' });
    expect(rubric?.questions[0]?.greenFlags.map((flag) => flag.text)).toEqual([
      'Ice is less dense than liquid water.',
    ]);
    expect(rubric?.questions[0]?.redFlags.map((flag) => flag.text)).toEqual([
      'Answer is off-topic or empty.',
    ]);
  });
});
