import { InputError } from '../errors.ts';

/** Where YAML front matter sits in a file's lines (0-based indices). */
export interface FrontMatter {
  /** The YAML between the fences. */
  readonly yaml: string;
  /** 1-based line of the first YAML line. */
  readonly firstLine: number;
  /** 0-based index of the first line after the closing fence. */
  readonly bodyIndex: number;
}

const isOpening = (line: string | undefined): boolean => line?.trim() === '---';
const isClosing = (line: string): boolean => line.trim() === '---' || line.trim() === '...';

/** Index of the line after front matter, or 0 when there is none or it is never closed. */
export function skipFrontMatter(lines: readonly string[]): number {
  if (!isOpening(lines[0])) return 0;
  const close = lines.findIndex((line, i) => i > 0 && isClosing(line));
  return close === -1 ? 0 : close + 1;
}

/**
 * Finds `---\n…\n---` YAML front matter at the top of a text or Markdown transcript. An opening
 * fence that is never closed throws `InputError` at line 1.
 */
export function findFrontMatter(lines: readonly string[], file: string): FrontMatter | undefined {
  if (!isOpening(lines[0])) return undefined;
  const close = lines.findIndex((line, i) => i > 0 && isClosing(line));
  if (close === -1) {
    throw new InputError(
      'transcript_invalid',
      file,
      1,
      'expected the YAML front matter opened by `---` on line 1 to be closed by a `---` line; got the end of the file',
    );
  }
  return { yaml: lines.slice(1, close).join('\n'), firstLine: 2, bodyIndex: close + 1 };
}
