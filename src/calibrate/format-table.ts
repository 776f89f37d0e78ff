/**
 * Lays out rows as left-aligned columns separated by two spaces. Hand-written: a dozen lines, and
 * the table packages on npm (cli-table3, text-table) add box drawing or are unmaintained.
 */
export function formatTable(rows: readonly (readonly string[])[], indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, c) => {
      widths[c] = Math.max(widths[c] ?? 0, [...cell].length);
    });
  }
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, c) =>
          c === row.length - 1 ? cell : cell + ' '.repeat((widths[c] ?? 0) - [...cell].length),
        )
        .join('  '),
  );
}
