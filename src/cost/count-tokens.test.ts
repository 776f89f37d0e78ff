import { describe, expect, it } from 'vitest';
import { countTokens, expectedOutputTokens } from './count-tokens.ts';

const messages = [
  { role: 'system' as const, content: 'You are a judge.' },
  { role: 'user' as const, content: 'Hello there, how are you?' },
];

describe('countTokens', () => {
  it.each([
    ['gpt-4o', 23],
    ['gpt-4o-mini', 23],
    ['gpt-4', 23],
    ['llama3.1:8b', 23],
  ])('%s → %i chat tokens', (model, expected) => {
    expect(countTokens(messages, model)).toBe(expected);
  });

  it('grows with the text', () => {
    const longer = [...messages, { role: 'user' as const, content: 'word '.repeat(100) }];
    expect(countTokens(longer, 'gpt-4o')).toBeGreaterThan(countTokens(messages, 'gpt-4o') + 95);
  });

  it('encodes differently for cl100k and o200k models', () => {
    const text = [
      { role: 'user' as const, content: 'Разработчик описал архитектуру микросервисов подробно.' },
    ];
    expect(countTokens(text, 'gpt-4')).not.toBe(countTokens(text, 'gpt-4o'));
  });
});

describe('expectedOutputTokens', () => {
  it('is a fixed part plus a share per flag', () => {
    expect(expectedOutputTokens(0)).toBe(80);
    expect(expectedOutputTokens(6)).toBe(440);
  });
});
