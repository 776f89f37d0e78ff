import { escapeMarkdownCell } from '../report/escape-markdown.ts';

/** A GFM table; every cell is escaped, since transcript ids and messages come from user files. */
export function renderMarkdownTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ('left' | 'right')[] = [],
): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeMarkdownCell).join(' | ')} |`;
  const rule = `|${headers.map((_, i) => (align[i] === 'right' ? ' ---: ' : ' --- ')).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/** A statistic for a table cell: three decimals, `—` when undefined. */
export function formatStat(value: number | null): string {
  return value === null ? '—' : value.toFixed(3);
}

/** A bias with its sign, so leniency (+) and severity (−) read at a glance. */
export function formatBias(value: number | null): string {
  if (value === null) return '—';
  return `${value > 0 ? '+' : ''}${value.toFixed(3)}`;
}
