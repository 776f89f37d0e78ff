import { parse } from 'csv-parse/sync';

/** What a labels file held: `<transcript>#<question>` → gold, and the rows that were skipped. */
export interface ValidityLabels {
  readonly gold: ReadonlyMap<string, number>;
  /** Rows without a numeric grade (e.g. `not_asked` in an eval suite's labels). */
  readonly skipped: number;
}

/**
 * Reads `transcript,question,gold` (or an eval suite's `transcript,question,rating`). Transcript
 * names may keep their extension (`01-backend.txt`): the id is the part before the first dot, as
 * for transcript files. Throws with the line number on a row it cannot read.
 */
export function parseValidityLabels(text: string, path: string): ValidityLabels {
  const rows = parse(text, { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  const gold = new Map<string, number>();
  let skipped = 0;
  rows.forEach((row, index) => {
    const transcript = row.transcript?.replace(/\..*$/s, '');
    const value = row.gold ?? row.rating;
    if (transcript === undefined || row.question === undefined || value === undefined) {
      throw new Error(`${path}:${index + 2}: expected columns transcript, question and gold (or rating)`);
    }
    const number = Number(value);
    if (value === '' || !Number.isFinite(number)) {
      skipped += 1;
      return;
    }
    gold.set(`${transcript}#${row.question}`, number);
  });
  return { gold, skipped };
}
