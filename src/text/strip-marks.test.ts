import { describe, expect, it } from 'vitest';
import { stripMarks } from './strip-marks.ts';

describe('stripMarks', () => {
  it('drops the accents of decomposed letters', () => {
    expect(stripMarks('précédentes évaluateur Höchstpunktzahl')).toBe(
      'precedentes evaluateur Hochstpunktzahl',
    );
  });

  it('folds compatibility forms only with NFKD', () => {
    expect(stripMarks('ｆｕｌｌ', 'NFKD')).toBe('full');
    expect(stripMarks('ｆｕｌｌ')).toBe('ｆｕｌｌ');
  });
});
