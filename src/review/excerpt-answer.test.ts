import { describe, expect, it } from 'vitest';
import { excerptAnswer } from './excerpt-answer.ts';
import { PLAIN_MARKER, sanitizeTerminalText } from './terminal-text.ts';

describe('sanitizeTerminalText', () => {
  it('neutralises escapes, control and bidi-override characters but keeps tabs, newlines and unicode', () => {
    expect(sanitizeTerminalText('ok\u001b[2J\u001b]0;pwned\u0007 Zoë\t👍\r\nnext\u202Etxt.exe\u0000')).toBe(
      'ok\uFFFD[2J\uFFFD]0;pwned\uFFFD Zoë\t👍\nnext\uFFFDtxt.exe\uFFFD',
    );
  });
});

describe('excerptAnswer', () => {
  it('marks every quote in a short answer, tolerant of case and punctuation', () => {
    expect(
      excerptAnswer(
        'We use retries. Then a CIRCUIT breaker!',
        ['circuit breaker', 'use retries'],
        PLAIN_MARKER,
      ),
    ).toEqual({
      text: 'We »use retries«. Then a »CIRCUIT breaker«!',
      cut: false,
    });
  });

  it('shows windows around the evidence of a long answer, joined by ellipses', () => {
    const filler = 'word '.repeat(400);
    const answer = `${filler}the key point is idempotency keys ${filler}and also backoff with jitter ${filler}`;
    const { text, cut } = excerptAnswer(
      answer,
      ['idempotency keys', 'backoff with jitter'],
      PLAIN_MARKER,
      1200,
    );
    expect(cut).toBe(true);
    expect(text.startsWith('… ')).toBe(true);
    expect(text).toContain('»idempotency keys«');
    expect(text).toContain('»backoff with jitter«');
    expect(text.length).toBeLessThan(1300);
  });

  it('shows the beginning of a long answer when no quote is found, and never passes escapes through', () => {
    const answer = `\u001b[31mred\u001b[0m ${'x'.repeat(3000)}`;
    const { text, cut } = excerptAnswer(answer, ['not in there'], PLAIN_MARKER, 100);
    expect(cut).toBe(true);
    expect(text).not.toContain('\u001b');
    expect(text.startsWith('\uFFFD[31mred')).toBe(true);
  });
});
