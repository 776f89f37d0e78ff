import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types
import { pureVerbs } from '../../scripts/pure-verbs.mjs';
import { defaultWordNet } from './default-wordnet.ts';
import { isPureVerb } from './is-word.ts';

describe('the build-time list of verbs that are nothing else', () => {
  const listed = pureVerbs() as string[];

  it('holds what isPureVerb accepts at run time, and nothing it refuses', () => {
    const wordNet = defaultWordNet();
    // Every 40th lemma of the list, and words either side of the line.
    for (const word of listed.filter((_, i) => i % 40 === 0))
      expect(isPureVerb(wordNet, word), word).toBe(true);
    for (const word of ['recover', 'degrade', 'detect', 'distinguish']) expect(listed).toContain(word);
    for (const word of ['cache', 'test', 'circuit', 'serve', 'timeout', 'lock']) {
      expect(listed).not.toContain(word);
      expect(isPureVerb(wordNet, word), word).toBe(false);
    }
  });
});
