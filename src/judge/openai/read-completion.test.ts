import { describe, expect, it } from 'vitest';
import { readCompletion } from './read-completion.ts';

const ZERO = { inputTokens: 0, cachedInputTokens: 0, outputTokens: 0 };
const choice = (message: unknown, finish_reason: unknown = 'stop') => ({ index: 0, message, finish_reason });

describe('readCompletion', () => {
  it.each([
    ['an HTML page', '<html><head><title>Bad Gateway</title></head></html>', /an HTML page "Bad Gateway"/],
    ['null', null, /an empty body/],
    ['an empty object', {}, /expected a chat completion, got \{\}/],
    ['an error object sent with 200', { error: { message: 'boom' } }, /"boom"/],
    ['choices that are not an array', { choices: 'none' }, /expected a chat completion/],
  ])('rejects %s as not a completion', (_name, data, pattern) => {
    const read = readCompletion(data);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.error).toMatch(pattern);
  });

  it.each([
    ['no choices', { choices: [] }, { content: null, refusal: null, finishReason: null, usage: ZERO }],
    [
      'null content without a refusal',
      { choices: [choice({ role: 'assistant', content: null })] },
      { content: null, refusal: null, finishReason: 'stop', usage: ZERO },
    ],
    [
      'content that is a number',
      { choices: [choice({ content: 42 })] },
      { content: null, refusal: null, finishReason: 'stop', usage: ZERO },
    ],
    [
      'content as text parts',
      {
        choices: [
          choice({ content: [{ type: 'text', text: '{"a":' }, { type: 'image_url' }, { text: '1}' }] }),
        ],
      },
      { content: '{"a":1}', refusal: null, finishReason: 'stop', usage: ZERO },
    ],
    [
      'a refusal and a length stop',
      { choices: [choice({ content: null, refusal: 'no' }, 'length')] },
      { content: null, refusal: 'no', finishReason: 'length', usage: ZERO },
    ],
    [
      'usage without prompt_tokens_details',
      { choices: [choice({ content: 'x' })], usage: { prompt_tokens: 12, completion_tokens: 3 } },
      {
        content: 'x',
        refusal: null,
        finishReason: 'stop',
        usage: { inputTokens: 12, cachedInputTokens: 0, outputTokens: 3 },
      },
    ],
    [
      'odd usage values',
      {
        choices: [choice({ content: 'x' }, null)],
        usage: { prompt_tokens: '12', completion_tokens: -1, prompt_tokens_details: { cached_tokens: null } },
      },
      {
        content: 'x',
        refusal: null,
        finishReason: null,
        usage: { inputTokens: 12, cachedInputTokens: 0, outputTokens: 0 },
      },
    ],
    [
      'usage: null and a missing message',
      { choices: [{}], usage: null },
      { content: null, refusal: null, finishReason: null, usage: ZERO },
    ],
  ])('reads %s', (_name, data, expected) => {
    expect(readCompletion(data)).toEqual({ ok: true, value: expected });
  });
});
