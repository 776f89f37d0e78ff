import { CsvError, parse } from 'csv-parse/sync';
import { InputError } from '../errors.ts';

/** One data record of a CSV file: header name → cell, and the 1-based line where it ends. */
export interface CsvRecord {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

interface ParsedRecord {
  readonly record: Record<string, string>;
  readonly info: { readonly lines: number };
}

/**
 * Reads a CSV file with a header row that must contain `required` columns (names are trimmed and
 * compared case-insensitively). Tolerates a BOM, CRLF line ends, blank lines, rows of empty cells and spaces around
 * cells. Every problem is an `InputError` naming the file and line.
 */
export function readCsvRecords(path: string, text: string, required: readonly string[]): CsvRecord[] {
  let header: string[] | undefined;
  const checkHeader = (names: string[]): string[] => {
    header = names.map((name) => name.trim().toLowerCase());
    const missing = required.filter((name) => !header?.includes(name));
    if (missing.length > 0) {
      throw new InputError(
        'usage',
        path,
        1,
        `expected a header with columns ${required.join(',')}; got \`${names.join(',')}\``,
      );
    }
    const repeated = header.find((name, i) => header?.indexOf(name) !== i);
    if (repeated !== undefined) {
      throw new InputError(
        'usage',
        path,
        1,
        `expected each header column once; \`${repeated}\` appears twice`,
      );
    }
    return header;
  };
  let parsed: ParsedRecord[];
  try {
    parsed = parse<ParsedRecord>(text, {
      bom: true,
      columns: checkHeader,
      info: true,
      skip_empty_lines: true,
      // Spreadsheets export trailing rows of bare commas; a row with no value at all is not data.
      skip_records_with_empty_values: true,
      trim: true,
    });
  } catch (error) {
    if (error instanceof CsvError) throw fromCsvError(path, error);
    throw error;
  }
  if (header === undefined) {
    throw new InputError(
      'usage',
      path,
      1,
      `expected a header with columns ${required.join(',')}; got an empty file`,
    );
  }
  return parsed.map(({ record, info }) => ({ line: info.lines, cells: record }));
}

/** csv-parse's own message is precise but terse; say what was expected where we know it. */
function fromCsvError(path: string, error: CsvError): InputError {
  const line = typeof error.lines === 'number' ? error.lines : undefined;
  const detail =
    error.code === 'CSV_RECORD_INCONSISTENT_COLUMNS'
      ? `expected every row to have as many cells as the header: ${error.message}`
      : error.message;
  return new InputError('usage', path, line, detail, { cause: error });
}
