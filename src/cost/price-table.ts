import { z } from 'zod';

/**
 * USD per 1M tokens. The `batch*` prices are those of the OpenAI Batch API; when absent they are
 * `BATCH_DISCOUNT` times the online ones (see `batchPriceOf`).
 */
export const ModelPriceSchema = z.object({
  input: z.number().nonnegative(),
  cachedInput: z.number().nonnegative(),
  output: z.number().nonnegative(),
  batchInput: z.number().nonnegative().optional(),
  batchCachedInput: z.number().nonnegative().optional(),
  batchOutput: z.number().nonnegative().optional(),
});
export type ModelPrice = z.infer<typeof ModelPriceSchema>;

/** Model name → price; the config file's `prices` key has this shape. */
export const PriceTableSchema = z.record(z.string(), ModelPriceSchema);
export type PriceTable = z.infer<typeof PriceTableSchema>;

/** When the default prices were copied from OpenAI's pricing page. Check before trusting a budget. */
export const DEFAULT_PRICES_AS_OF = '2025-08-07';

/** OpenAI list prices (standard tier, USD per 1M tokens) as of `DEFAULT_PRICES_AS_OF`. */
export const DEFAULT_PRICE_TABLE: Readonly<PriceTable> = Object.freeze({
  'gpt-4o': { input: 2.5, cachedInput: 1.25, output: 10 },
  'gpt-4o-mini': { input: 0.15, cachedInput: 0.075, output: 0.6 },
  'gpt-4.1': { input: 2, cachedInput: 0.5, output: 8 },
  'gpt-4.1-mini': { input: 0.4, cachedInput: 0.1, output: 1.6 },
  'gpt-4.1-nano': { input: 0.1, cachedInput: 0.025, output: 0.4 },
  o3: { input: 2, cachedInput: 0.5, output: 8 },
  'o3-mini': { input: 1.1, cachedInput: 0.55, output: 4.4 },
  'o4-mini': { input: 1.1, cachedInput: 0.275, output: 4.4 },
  'gpt-5': { input: 1.25, cachedInput: 0.125, output: 10 },
  'gpt-5-mini': { input: 0.25, cachedInput: 0.025, output: 2 },
  'gpt-5-nano': { input: 0.05, cachedInput: 0.005, output: 0.4 },
});

/** OpenAI bills Batch API calls at half the online price (input, cached input and output alike). */
export const BATCH_DISCOUNT = 0.5;

/** The price a call answered through the Batch API pays: the explicit batch prices, else half. */
export function batchPriceOf(price: ModelPrice): ModelPrice {
  return {
    input: price.batchInput ?? price.input * BATCH_DISCOUNT,
    cachedInput: price.batchCachedInput ?? price.cachedInput * BATCH_DISCOUNT,
    output: price.batchOutput ?? price.output * BATCH_DISCOUNT,
  };
}

/** The defaults with the config's entries laid over them (the config wins per model). */
export function mergePriceTables(base: Readonly<PriceTable>, override: Readonly<PriceTable>): PriceTable {
  return { ...base, ...override };
}

/**
 * The price for `model`: an exact entry, else the entry for the name without a dated snapshot
 * suffix (`gpt-4o-2024-08-06` → `gpt-4o`) or a provider prefix (`openai/gpt-4o`).
 */
export function findModelPrice(table: Readonly<PriceTable>, model: string): ModelPrice | undefined {
  const bare = model.includes('/') ? model.slice(model.lastIndexOf('/') + 1) : model;
  const candidates = [model, bare, bare.replace(/-\d{4}-\d{2}-\d{2}$/, '')];
  for (const name of candidates) {
    const price = Object.hasOwn(table, name) ? table[name] : undefined;
    if (price !== undefined) return price;
  }
  return undefined;
}
