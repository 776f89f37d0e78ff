import type { z } from 'zod';

/** `turns[3].text`: a zod issue path written the way a reader of the file would point at it. */
export function describePath(path: readonly PropertyKey[], root = ''): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    const name = String(key);
    return acc === '' ? name : `${acc}.${name}`;
  }, root);
}

/** One zod issue as `where: what was expected, what came`. */
export function describeIssue(issue: z.core.$ZodIssue, root = ''): string {
  const where = describePath(issue.path, root);
  return where === '' ? issue.message : `${where}: ${issue.message}`;
}
