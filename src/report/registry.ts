import { UsageError } from '../errors.ts';
import { toItemRow } from './item-row.ts';
import { csvRenderer } from './render-csv.ts';
import { htmlRenderer } from './render-html.ts';
import { jsonRenderer } from './render-json.ts';
import { junitRenderer } from './render-junit.ts';
import { markdownRenderer } from './render-md.ts';
import type { Renderer, Report } from './schema.ts';
import { selectDetails } from './select-details.ts';

/** Every report format by name, in the order `--format` documents them. */
export const RENDERERS: ReadonlyMap<string, Renderer> = new Map(
  [markdownRenderer, htmlRenderer, jsonRenderer, csvRenderer, junitRenderer].map((renderer) => [
    renderer.format,
    renderer,
  ]),
);

/**
 * A report with every item as a row and only `selectDetails`' items in full, so a run renders
 * the same reports whether they are written by `score` (which never holds every full item) or
 * re-rendered by `report` and `review apply` from results.jsonl.
 */
export function withRows(report: Report): Report {
  if (report.rows !== undefined) return report;
  return { ...report, rows: report.items.map(toItemRow), items: selectDetails(report.items) };
}

/** The valid format names: `['md', 'html', 'json', 'csv', 'junit']`. */
export function listFormats(): string[] {
  return [...RENDERERS.keys()];
}

/**
 * Renders the report in each requested format (duplicates once, in the order given). Throws a
 * `UsageError` naming every unknown format and the valid ones before rendering anything.
 */
export function renderReports(
  report: Report,
  formats: readonly string[],
): { fileName: string; content: string }[] {
  const files: { fileName: string; content: string }[] = [];
  forEachReport(report, formats, (file) =>
    files.push({ fileName: file.fileName, content: [...file.chunks].join('') }),
  );
  return files;
}

/**
 * `renderReports` one format at a time, in pieces: each file is handed to `write` as an iterable
 * of its content, rendered while `write` consumes it (the reports of 100,000 items are tens of MB
 * each; see `writeChunksAtomic`). Returns the file names, in order.
 */
export function forEachReport(
  report: Report,
  formats: readonly string[],
  write: (file: { fileName: string; chunks: Iterable<string> }) => void,
): string[] {
  const names = [...new Set(formats.map((format) => format.trim().toLowerCase()))];
  const unknown = names.filter((name) => !RENDERERS.has(name));
  if (unknown.length > 0) {
    const list = unknown.map((name) => `\`${name}\``).join(', ');
    throw new UsageError(
      `Expected --format to list only ${listFormats().join(', ')}; got unknown format${unknown.length > 1 ? 's' : ''} ${list}`,
    );
  }
  const full = withRows(report);
  const written: string[] = [];
  for (const name of names) {
    const renderer = RENDERERS.get(name);
    if (renderer === undefined) continue;
    write({ fileName: renderer.fileName, chunks: renderer.chunks(full) });
    written.push(renderer.fileName);
  }
  return written;
}
