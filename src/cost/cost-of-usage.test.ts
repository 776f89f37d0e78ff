import { describe, expect, it } from 'vitest';
import { classifyEndpoint, endpointHost } from './classify-endpoint.ts';
import { costOfUsage, estimateCost, sumCosts } from './cost-of-usage.ts';
import { DEFAULT_PRICE_TABLE, findModelPrice, mergePriceTables, PriceTableSchema } from './price-table.ts';

const usage = { inputTokens: 1_000_000, cachedInputTokens: 400_000, outputTokens: 100_000 };

describe('costOfUsage', () => {
  it.each([
    // 0.6M × 0.15 + 0.4M × 0.075 + 0.1M × 0.6 = 0.09 + 0.03 + 0.06
    ['gpt-4o-mini', 0.18],
    ['gpt-4o-mini-2024-07-18', 0.18],
    // 0.6M × 2.5 + 0.4M × 1.25 + 0.1M × 10 = 1.5 + 0.5 + 1
    ['gpt-4o', 3],
    ['openai/gpt-4.1-nano', 0.06 + 0.01 + 0.04],
  ])('prices %s cached input at the cached rate → $%f', (model, expected) => {
    expect(costOfUsage(usage, model, DEFAULT_PRICE_TABLE).usd).toBeCloseTo(expected, 10);
  });

  it('is null with a warning for an unknown model, 0 on a local endpoint', () => {
    const unknown = costOfUsage(usage, 'mystery-model', DEFAULT_PRICE_TABLE, 'other');
    expect(unknown.usd).toBeNull();
    expect(unknown.warning).toMatch(/mystery-model/);
    expect(costOfUsage(usage, 'llama3.1:8b', DEFAULT_PRICE_TABLE, 'local')).toEqual({ usd: 0 });
  });

  it('uses config overrides over the defaults', () => {
    const table = mergePriceTables(DEFAULT_PRICE_TABLE, {
      'gpt-4o': { input: 1, cachedInput: 1, output: 1 },
    });
    expect(costOfUsage(usage, 'gpt-4o', table).usd).toBeCloseTo(1.1, 10);
    expect(findModelPrice(DEFAULT_PRICE_TABLE, 'gpt-4o')?.input).toBe(2.5);
  });

  it('estimates a dry run with no cached tokens', () => {
    const cost = estimateCost(
      { model: 'gpt-4o-mini', inputTokens: 2_000_000, outputTokens: 0 },
      DEFAULT_PRICE_TABLE,
    );
    expect(cost.usd).toBeCloseTo(0.3, 10);
  });

  it('sums to null once any part is unknown', () => {
    expect(sumCosts([{ usd: 1 }, { usd: 2 }])).toEqual({ usd: 3, warnings: [] });
    expect(sumCosts([{ usd: 1 }, { usd: null, warning: 'w' }, { usd: null, warning: 'w' }])).toEqual({
      usd: null,
      warnings: ['w'],
    });
  });

  it('prices the batch tier at half the online price unless the table gives batch prices', () => {
    // Half of 0.18 (see above): every component, cached input included, is halved.
    expect(costOfUsage(usage, 'gpt-4o-mini', DEFAULT_PRICE_TABLE, 'openai', 'batch').usd).toBeCloseTo(
      0.09,
      10,
    );
    const table = mergePriceTables(DEFAULT_PRICE_TABLE, {
      'gpt-4o': { input: 2.5, cachedInput: 1.25, output: 10, batchInput: 2, batchOutput: 4 },
    });
    // 0.6M × 2 + 0.4M × 0.625 (half of 1.25, not given) + 0.1M × 4
    expect(costOfUsage(usage, 'gpt-4o', table, 'openai', 'batch').usd).toBeCloseTo(1.2 + 0.25 + 0.4, 10);
    expect(costOfUsage(usage, 'gpt-4o', table, 'openai', 'online').usd).toBeCloseTo(3, 10);
    expect(costOfUsage(usage, 'llama3', table, 'local', 'batch')).toEqual({ usd: 0 });
    expect(costOfUsage(usage, 'mystery', table, 'other', 'batch').usd).toBeNull();
    const estimate = { model: 'gpt-4o-mini', inputTokens: 2_000_000, outputTokens: 0 };
    expect(estimateCost(estimate, DEFAULT_PRICE_TABLE, 'openai', 'batch').usd).toBeCloseTo(0.15, 10);
  });

  it('the default table validates against its schema', () => {
    expect(PriceTableSchema.safeParse(DEFAULT_PRICE_TABLE).success).toBe(true);
  });
});

describe('classifyEndpoint', () => {
  it.each([
    [undefined, 'openai'],
    ['https://api.openai.com/v1', 'openai'],
    ['https://myco.openai.azure.com/openai', 'azure'],
    ['http://localhost:11434/v1', 'local'],
    ['http://127.0.0.1:8000/v1', 'local'],
    ['http://[::1]:8080/v1', 'local'],
    ['http://192.168.1.20:1234/v1', 'local'],
    ['http://172.20.0.5:8000/v1', 'local'],
    ['http://172.40.0.5:8000/v1', 'other'],
    ['https://openrouter.ai/api/v1', 'other'],
    ['not a url', 'other'],
  ])('%s → %s', (url, expected) => {
    expect(classifyEndpoint(url)).toBe(expected);
  });

  it('gives the host and port for cache keys', () => {
    expect(endpointHost('http://LocalHost:11434/v1')).toBe('localhost:11434');
    expect(endpointHost(undefined)).toBeUndefined();
  });
});
