import type { z } from 'zod';
import type { ConfigSource } from '../../config/schema.ts';

/** What is known about where each top-level configuration value came from. */
export interface IssueOrigins {
  /** The merged values that failed validation. */
  readonly values: Readonly<Record<string, unknown>>;
  readonly sources: Readonly<Record<string, ConfigSource>>;
  /** Config key → the environment variable it was read from, and its raw text. */
  readonly env: Readonly<Record<string, { readonly name: string; readonly raw: string }>>;
  readonly filePath: string | undefined;
}

/**
 * One line per problem, each naming the key as the user wrote it (`--concurrency`,
 * `RUBRICATE_CONCURRENCY`, or `review.foo` in the config file), what was expected and what came.
 * The expectation is built from the issue's code rather than its message, because a schema's
 * custom message ("must be a number") would otherwise be shown for a number that is too small.
 */
export function describeConfigIssues(error: z.ZodError, origins: IssueOrigins): string {
  return error.issues
    .flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => describeUnknown([...issue.path, key], origins))
        : [describeInvalid(issue, origins)],
    )
    .join('\n');
}

function describeUnknown(path: readonly PropertyKey[], origins: IssueOrigins): string {
  const { where } = locate(path, origins);
  return `Unknown configuration key \`${path.map(String).join('.')}\` ${where}.`;
}

function describeInvalid(issue: z.core.$ZodIssue, origins: IssueOrigins): string {
  const { name, where, got } = locate(issue.path, origins);
  return `Expected \`${name}\` ${where} to be ${expectation(issue)}, got ${got}.`;
}

function locate(path: readonly PropertyKey[], origins: IssueOrigins) {
  const dotted = path.map(String).join('.') || '(root)';
  const top = String(path[0] ?? '');
  const source = origins.sources[top] ?? 'file';
  const env = origins.env[top];
  if (source === 'env' && env !== undefined) {
    return { name: env.name, where: '(environment)', got: quote(env.raw) };
  }
  const value = path.reduce<unknown>(
    (at, key) =>
      at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined,
    origins.values,
  );
  if (source === 'flag') {
    const flag = `--${top.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    return { name: flag, where: '(command line)', got: quote(value) };
  }
  return { name: dotted, where: `in config file ${origins.filePath ?? ''}`.trimEnd(), got: quote(value) };
}

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? issue.expected;
    case 'too_small':
      return `${issue.origin === 'array' ? 'a list of length' : 'a number'} ${issue.inclusive ? '≥' : '>'} ${issue.minimum}`;
    case 'too_big':
      return `${issue.origin === 'array' ? 'a list of length' : 'a number'} ${issue.inclusive ? '≤' : '<'} ${issue.maximum}`;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'url' ? 'a URL' : `a ${issue.format}`;
    default:
      return `valid (${issue.message})`;
  }
}

const TYPE_NAMES: Readonly<Record<string, string>> = Object.freeze({
  int: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
});

function quote(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `\`${text.length > 60 ? `${text.slice(0, 57)}…` : text}\``;
}
