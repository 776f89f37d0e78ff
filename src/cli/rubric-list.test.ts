import { describe, expect, it } from 'vitest';
import { collectRubrics, rubricFolders, worstExitCode } from './rubric-list.ts';

describe('several rubrics in one invocation', () => {
  it('collects repeated and comma-listed --rubric values, in order', () => {
    let list: string[] | undefined;
    for (const value of ['a.md', 'b.yaml, c.json', ' ,d.md,']) list = collectRubrics(value, list);
    expect(list).toEqual(['a.md', 'b.yaml', 'c.json', 'd.md']);
  });

  it('names one run folder per rubric, unique even when file names repeat', () => {
    expect(rubricFolders(['rubrics/backend.md', 'v2/backend.md', 'x/Front End!.yaml', 'backend.md'])).toEqual(
      ['backend', 'backend-2', 'Front_End_', 'backend-3'],
    );
  });

  it('reports the worst outcome: bad input, then incomplete, then a failed gate', () => {
    expect(worstExitCode([0, 1, 3])).toBe(3);
    expect(worstExitCode([1, 0])).toBe(1);
    expect(worstExitCode([3, 2, 1])).toBe(2);
    expect(worstExitCode([0, 0])).toBe(0);
  });
});
