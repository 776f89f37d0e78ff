import { describe, expect, it } from 'vitest';
import { splitSources } from '../text/split-alternatives.ts';
import { STEERING_CLASSES } from './find-steering.ts';
import { mayHoldScript } from './word-class.ts';

describe('mayHoldScript', () => {
  it('passes over English typography, and not over other scripts', () => {
    expect(mayHoldScript('I’d say “resilience” — retries… • fine, café')).toBe(false);
    for (const text of ['оценка', 'αξιολόγηση', '评分', 'ΑΞΙΟΛΟΓΗΣΗ', 'a µ b', 'a \u0345', '✓ done'])
      expect(mayHoldScript(text), text).toBe(true);
  });

  it('lets every alternative of the classes’ script patterns through', () => {
    for (const cls of STEERING_CLASSES) {
      if (cls.script === null) continue;
      for (const alternative of splitSources([cls.script.source], 'giu'))
        expect(mayHoldScript(alternative.replace(/\\[pPu]\{?[\w=]*\}?|\\[bBwWsSdD]/g, '')), alternative).toBe(
          true,
        );
    }
  });
});
