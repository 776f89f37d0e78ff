import { UsageError } from '../errors.ts';
import { listFormats } from './registry.ts';

/** `md,html` → validated format names; unknown names are a usage error listing the valid ones. */
export function parseFormats(list: string): string[] {
  const formats = [
    ...new Set(
      list
        .split(',')
        .map((f) => f.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  const known = listFormats();
  const unknown = formats.filter((f) => !known.includes(f));
  if (formats.length === 0 || unknown.length > 0) {
    throw new UsageError(`Expected --format to be a comma list of ${known.join(', ')}; got \`${list}\`.`);
  }
  return formats;
}
