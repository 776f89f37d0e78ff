import { z } from 'zod';

/**
 * Something a reader skipped, ignored or guessed while still reading the file: a bad cue, an
 * invalid cue setting, an encoding guess. Diagnostics are values carried on the transcript, so
 * `inspect` can show them and a run can record them; only a file with nothing usable left is
 * refused.
 */
export const ReaderWarningSchema = z.object({
  file: z.string(),
  /** 1-based line the warning is about, when it is about one. */
  line: z.number().int().positive().optional(),
  message: z.string(),
});
export type ReaderWarning = z.infer<typeof ReaderWarningSchema>;

/** How many warnings of one kind are kept before the rest are only counted. */
const PER_KIND = 5;

/**
 * Collects warnings for one file. Warnings of one kind (e.g. the same invalid setting on every
 * cue) are kept up to a few and then only counted, so a file with 10,000 identical problems gives a
 * readable list rather than 10,000 lines.
 */
export class WarningLog {
  readonly file: string;
  readonly #kept: { readonly warning: ReaderWarning; readonly kind: string }[] = [];
  readonly #counts = new Map<string, number>();

  constructor(file: string) {
    this.file = file;
  }

  /** Records a warning; `kind` groups repeats (by default the message itself). */
  add(line: number | undefined, message: string, kind: string = message): void {
    const count = (this.#counts.get(kind) ?? 0) + 1;
    this.#counts.set(kind, count);
    if (count > PER_KIND) return;
    const warning = line === undefined ? { file: this.file, message } : { file: this.file, line, message };
    this.#kept.push({ warning, kind });
  }

  /** The warnings by line (file-wide ones first); after the last kept one of a kind, a count of the rest. */
  list(): ReaderWarning[] {
    const out: ReaderWarning[] = [];
    const shown = new Map<string, number>();
    const sorted = [...this.#kept].sort((a, b) => (a.warning.line ?? 0) - (b.warning.line ?? 0));
    for (const { warning, kind } of sorted) {
      out.push(warning);
      const n = (shown.get(kind) ?? 0) + 1;
      shown.set(kind, n);
      const total = this.#counts.get(kind) ?? 0;
      if (n === PER_KIND && total > PER_KIND) {
        out.push({ file: this.file, message: `… and ${total - PER_KIND} more like the warning above` });
      }
    }
    return out;
  }
}
