import type { BatchLimits } from './schema.ts';

/** One request line to place in a batch file: its key, its judge and model, and its size. */
export interface PlannedLine {
  readonly key: string;
  readonly judge: string;
  readonly model: string;
  /** UTF-8 bytes of the line, its newline included. */
  readonly bytes: number;
}

/** The lines of one batch input file. */
export interface PlannedFile {
  readonly judge: string;
  readonly model: string;
  readonly keys: readonly string[];
  readonly bytes: number;
}

/**
 * Splits request lines into batch input files: one model per file (a batch runs one model) and
 * each file within the provider's limits, filled in order. A line larger than a whole file can
 * never be sent in a batch; it is returned in `oversized` (the caller sends it online). Pure.
 */
export function planBatchFiles(
  lines: readonly PlannedLine[],
  limits: BatchLimits,
): { files: PlannedFile[]; oversized: string[] } {
  const files: PlannedFile[] = [];
  const oversized: string[] = [];
  const open = new Map<string, { judge: string; model: string; keys: string[]; bytes: number }>();
  for (const line of lines) {
    if (line.bytes > limits.maxBytes) {
      oversized.push(line.key);
      continue;
    }
    let file = open.get(line.judge);
    if (
      file !== undefined &&
      (file.keys.length >= limits.maxRequests || file.bytes + line.bytes > limits.maxBytes)
    ) {
      files.push(file);
      file = undefined;
    }
    if (file === undefined) {
      file = { judge: line.judge, model: line.model, keys: [], bytes: 0 };
      open.set(line.judge, file);
    }
    file.keys.push(line.key);
    file.bytes += line.bytes;
  }
  files.push(...open.values());
  return { files, oversized };
}
