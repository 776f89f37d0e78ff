import { describe, expect, it } from 'vitest';
import { readBatchLine, toBatchLine } from './batch-line.ts';

const completion = (content: string | null) => ({
  id: 'chatcmpl-1',
  object: 'chat.completion',
  choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
  usage: { prompt_tokens: 100, completion_tokens: 20, prompt_tokens_details: { cached_tokens: 40 } },
});

describe('toBatchLine', () => {
  it('wraps the body under the custom id, for the chat completions endpoint', () => {
    const body = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi\n"there"' }] };
    const line = toBatchLine('abc', body);
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({ custom_id: 'abc', method: 'POST', url: '/v1/chat/completions', body });
  });
});

describe('readBatchLine', () => {
  it('reads a 200 with a completion as a result, with usage and request id', () => {
    const line = JSON.stringify({
      id: 'batch_req_1',
      custom_id: 'k1',
      response: { status_code: 200, request_id: 'req_9', body: completion('{"a":1}') },
      error: null,
    });
    expect(readBatchLine(line)).toEqual({
      kind: 'result',
      customId: 'k1',
      result: {
        content: '{"a":1}',
        refusal: null,
        finishReason: 'stop',
        usage: { inputTokens: 100, cachedInputTokens: 40, outputTokens: 20 },
        requestId: 'req_9',
      },
    });
  });

  it('keeps a result whose content is not a verdict: validation is the caller’s', () => {
    const line = JSON.stringify({ custom_id: 'k', response: { status_code: 200, body: completion('nope') } });
    const read = readBatchLine(line);
    expect(read.kind === 'result' && read.result.content).toBe('nope');
  });

  it.each([
    [
      'an expired request',
      { custom_id: 'k', response: null, error: { code: 'batch_expired', message: 'not executed in time' } },
      { code: 'batch_expired', message: 'not executed in time' },
    ],
    [
      'a request the provider answered with 400',
      {
        custom_id: 'k',
        response: { status_code: 400, body: { error: { message: 'Invalid schema for response_format' } } },
        error: null,
      },
      { code: '400', message: 'Invalid schema for response_format' },
    ],
    [
      'a 200 that is not a completion',
      { custom_id: 'k', response: { status_code: 200, body: '<html><title>Bad gateway</title></html>' } },
      { code: 'server', message: expect.stringMatching(/expected a chat completion, got an HTML page/) },
    ],
    ['a line with neither', { custom_id: 'k' }, { code: 'no_response', message: 'the line has no response' }],
  ])('reads %s as an error of that request', (_name, json, expected) => {
    expect(readBatchLine(JSON.stringify(json))).toEqual({ kind: 'error', customId: 'k', ...expected });
  });

  it.each([
    ['{"custom_id": "k", "response": {"status_code": 200, "body": {', /not JSON/],
    ['{"response": null}', /expected a batch result line/],
    ['{"custom_id": "", "response": null}', /expected a batch result line/],
    ['[1, 2]', /expected a batch result line/],
    ['null', /expected a batch result line/],
  ])('never throws on a bad line: %s', (text, error) => {
    const read = readBatchLine(text);
    expect(read.kind).toBe('unreadable');
    expect(read.kind === 'unreadable' && read.error).toMatch(error);
  });
});
