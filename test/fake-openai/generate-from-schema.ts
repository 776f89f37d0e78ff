/**
 * Random values that follow a JSON Schema, as a Structured-Outputs endpoint or a constrained
 * decoder (vLLM, llama.cpp) would produce them: every required key, enums and consts respected,
 * array bounds kept, no additional properties; the content itself is arbitrary. Strings are
 * word runs drawn from the prompt, so "evidence" is sometimes a real quote and sometimes not.
 * Knows nothing about rubricate's verdicts: it reads only the schema it is given.
 */
export interface GenerateOptions {
  readonly random: () => number;
  /** Words to build strings from (the prompt's words); a fixed filler when empty. */
  readonly words: readonly string[];
  /**
   * Values to use for top-level properties when the schema allows them (e.g. `{ rating: 3 }`);
   * a value the schema does not allow is ignored and a random one generated instead.
   */
  readonly pin?: Readonly<Record<string, unknown>>;
}

type Schema = Readonly<Record<string, unknown>>;

/** Generates one value for `schema` (resolving local `$ref`s against `root`). */
export function generateFromSchema(schema: unknown, options: GenerateOptions): unknown {
  const root = asSchema(schema);
  return generate(root, root, options, 0, true);
}

function generate(
  schema: Schema,
  root: Schema,
  options: GenerateOptions,
  depth: number,
  top: boolean,
): unknown {
  const { random } = options;
  if (depth > 32) return null;
  if (typeof schema.$ref === 'string')
    return generate(resolveRef(schema.$ref, root), root, options, depth + 1, top);
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return pick(schema.enum, random);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const branches = schema[key];
    if (Array.isArray(branches) && branches.length > 0)
      return generate(asSchema(pick(branches, random)), root, options, depth + 1, top);
  }
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0) {
    const merged = Object.assign({}, ...schema.allOf.map(asSchema)) as Schema;
    return generate(merged, root, options, depth + 1, top);
  }
  const type = Array.isArray(schema.type) ? pick(schema.type, random) : schema.type;
  switch (type) {
    case 'object':
      return generateObject(schema, root, options, depth, top);
    case 'array': {
      const min = numberOr(schema.minItems, 0);
      const max = Math.max(min, numberOr(schema.maxItems, min + 3));
      const length = min + Math.floor(random() * (max - min + 1));
      const items = asSchema(schema.items);
      return Array.from({ length }, () => generate(items, root, options, depth + 1, false));
    }
    case 'string':
      return generateString(schema, options);
    case 'integer':
    case 'number': {
      const min = numberOr(schema.minimum, 0);
      const max = Math.max(min, numberOr(schema.maximum, 100));
      const value = min + random() * (max - min);
      return type === 'integer' ? Math.floor(value) : Math.round(value * 100) / 100;
    }
    case 'boolean':
      return random() < 0.5;
    case 'null':
      return null;
    default:
      // No type: an object if it has properties, else a short string.
      return schema.properties === undefined
        ? generateString(schema, options)
        : generateObject(schema, root, options, depth, top);
  }
}

function generateObject(
  schema: Schema,
  root: Schema,
  options: GenerateOptions,
  depth: number,
  top: boolean,
): Record<string, unknown> {
  const properties = asSchema(schema.properties);
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  const out: Record<string, unknown> = {};
  // Keys in the schema's order, as a constrained decoder emits them.
  for (const [key, child] of Object.entries(properties)) {
    if (!required.has(key) && options.random() < 0.5) continue;
    const childSchema = asSchema(child);
    const pinned = top && options.pin !== undefined && key in options.pin ? options.pin[key] : undefined;
    out[key] =
      pinned !== undefined && allows(childSchema, pinned, root)
        ? pinned
        : generate(childSchema, root, options, depth + 1, false);
  }
  return out;
}

function generateString(schema: Schema, options: GenerateOptions): string {
  const { random, words } = options;
  const pool = words.length > 0 ? words : ['lorem', 'ipsum', 'dolor', 'sit', 'amet'];
  const count = 2 + Math.floor(random() * 7);
  const start = Math.floor(random() * Math.max(1, pool.length - count));
  let text = pool.slice(start, start + count).join(' ');
  const min = numberOr(schema.minLength, 0);
  const max = numberOr(schema.maxLength, Number.POSITIVE_INFINITY);
  while (text.length < min) text += ` ${pick(pool, random)}`;
  return text.slice(0, max);
}

/** Whether `value` is one the (simple) schema allows: enum/const/type checks only. */
function allows(schema: Schema, value: unknown, root: Schema): boolean {
  if (typeof schema.$ref === 'string') return allows(resolveRef(schema.$ref, root), value, root);
  if ('const' in schema) return schema.const === value;
  if (Array.isArray(schema.enum)) return schema.enum.includes(value);
  if (schema.type === 'integer') return Number.isInteger(value);
  if (schema.type === 'number') return typeof value === 'number';
  if (schema.type === 'string') return typeof value === 'string';
  if (schema.type === 'boolean') return typeof value === 'boolean';
  return true;
}

function resolveRef(ref: string, root: Schema): Schema {
  if (!ref.startsWith('#')) return {};
  let node: unknown = root;
  for (const part of ref.slice(1).split('/').filter(Boolean)) {
    node = asSchema(node)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return asSchema(node);
}

function asSchema(value: unknown): Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Schema) : {};
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)] as T;
}

/**
 * The JSON Schema a chat request asks for: `response_format.json_schema.schema`, a forced
 * function's `parameters`, or (JSON mode) the first JSON object after "JSON Schema" in the last
 * system message. `null` when the request names none.
 */
export function requestedSchema(body: Readonly<Record<string, unknown>>): {
  readonly via: 'json_schema' | 'tool_call' | 'prompt';
  readonly schema: Schema;
  readonly tool?: string;
} | null {
  const format = asSchema(body.response_format);
  if (format.type === 'json_schema') {
    const inner = asSchema(format.json_schema);
    return { via: 'json_schema', schema: asSchema(inner.schema) };
  }
  if (Array.isArray(body.tools) && body.tools.length > 0) {
    const fn = asSchema(asSchema(body.tools[0]).function);
    return { via: 'tool_call', schema: asSchema(fn.parameters), tool: String(fn.name ?? 'tool') };
  }
  const messages = Array.isArray(body.messages) ? body.messages.map(asSchema) : [];
  const systems = messages.filter((m) => m.role === 'system' && typeof m.content === 'string');
  for (const message of systems.reverse()) {
    const text = message.content as string;
    const at = text.indexOf('JSON Schema');
    const open = at < 0 ? -1 : text.indexOf('{', at);
    const json = open < 0 ? null : balancedObject(text, open);
    if (json !== null) {
      try {
        return { via: 'prompt', schema: asSchema(JSON.parse(json)) };
      } catch {
        // Not JSON after all: keep looking.
      }
    }
  }
  return null;
}

/** The `{…}` starting at `open`, braces balanced outside strings; null if it never closes. */
function balancedObject(text: string, open: number): string | null {
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth += 1;
    else if (c === '}') {
      depth -= 1;
      if (depth === 0) return text.slice(open, i + 1);
    }
  }
  return null;
}
