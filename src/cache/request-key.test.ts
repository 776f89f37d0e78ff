import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';
import { type RequestKeyParts, requestKey } from './request-key.ts';

const parts: RequestKeyParts = {
  endpointKind: 'openai',
  model: 'gpt-4o-mini',
  params: { temperature: 0, seed: 7 },
  promptVersion: 'p1',
  messages: [
    { role: 'system', content: 'You are a judge.' },
    { role: 'user', content: 'Answer: …' },
  ],
  sample: 0,
};

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order, drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });
});

describe('requestKey', () => {
  it('is a sha256 hex digest, independent of key order', () => {
    const key = requestKey(parts);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    const reordered: RequestKeyParts = {
      sample: 0,
      messages: parts.messages,
      promptVersion: 'p1',
      params: { seed: 7, temperature: 0 },
      model: 'gpt-4o-mini',
      endpointKind: 'openai',
    };
    expect(requestKey(reordered)).toBe(key);
  });

  it.each<[string, Partial<RequestKeyParts>]>([
    ['model', { model: 'gpt-4o' }],
    ['endpoint kind', { endpointKind: 'local' }],
    ['base URL host', { baseUrlHost: 'localhost:11434' }],
    ['temperature', { params: { temperature: 0.7, seed: 7 } }],
    ['seed', { params: { temperature: 0, seed: 8 } }],
    ['prompt version', { promptVersion: 'p2' }],
    ['sample', { sample: 1 }],
    ['message text', { messages: [{ role: 'system', content: 'You are a judge!' }] }],
    ['message role', { messages: [{ role: 'user', content: 'You are a judge.' }] }],
  ])('changes with the %s', (_name, change) => {
    expect(requestKey({ ...parts, ...change })).not.toBe(requestKey(parts));
  });
});
