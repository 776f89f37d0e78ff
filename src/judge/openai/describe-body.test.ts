import { describe, expect, it } from 'vitest';
import { describeBody, errorMessageOf } from './describe-body.ts';

describe('describeBody', () => {
  it.each([
    [undefined, 'an empty body'],
    ['', 'an empty body'],
    [
      '<!DOCTYPE html>\n<html><head><title> 503 Service\n Unavailable </title></head></html>',
      'an HTML page "503 Service Unavailable"',
    ],
    ['<html><body><h1>Please <b>log in</b></h1></body></html>', 'an HTML page "Please log in"'],
    ['<html><body>nothing</body></html>', 'an HTML page'],
    ['upstream   connect error\nor disconnect', 'upstream connect error or disconnect'],
    [{ a: 1 }, '{"a":1}'],
  ])('%j → %s', (body, expected) => {
    expect(describeBody(body)).toBe(expected);
  });

  it('cuts long bodies', () => {
    expect(describeBody('x'.repeat(1000))).toHaveLength(301);
  });
});

describe('errorMessageOf', () => {
  it.each([
    [{ error: { message: 'OpenAI says no' } }, 'OpenAI says no'],
    [{ error: 'a bare string' }, 'a bare string'],
    [{ object: 'error', message: 'vLLM says no', code: 400 }, 'vLLM says no'],
    [{ detail: 'FastAPI says no' }, 'FastAPI says no'],
    [{ detail: [{ loc: ['body'], msg: 'bad' }] }, '{"detail":[{"loc":["body"],"msg":"bad"}]}'],
    ['<html><title>502 Bad Gateway</title></html>', 'an HTML page "502 Bad Gateway"'],
    [null, 'an empty body'],
  ])('%j → %s', (body, expected) => {
    expect(errorMessageOf(body)).toBe(expected);
  });
});
