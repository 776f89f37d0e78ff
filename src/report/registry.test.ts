import { describe, expect, it } from 'vitest';
import { FIXTURE_REPORT } from '../../test/report/fixture.ts';
import { UsageError } from '../errors.ts';
import { listFormats, RENDERERS, renderReports } from './registry.ts';

describe('report registry', () => {
  it('knows the five formats and their files', () => {
    expect(listFormats()).toEqual(['md', 'html', 'json', 'csv', 'junit']);
    expect([...RENDERERS.values()].map((r) => r.fileName)).toEqual([
      'report.md',
      'report.html',
      'summary.json',
      'results.csv',
      'junit.xml',
    ]);
    for (const [name, renderer] of RENDERERS) expect(renderer.format).toBe(name);
  });

  it('renders the requested formats once each, in order', () => {
    const files = renderReports(FIXTURE_REPORT, ['json', 'md', ' json', 'JUNIT']);
    expect(files.map((file) => file.fileName)).toEqual(['summary.json', 'report.md', 'junit.xml']);
    expect(files[0]?.content).toBe(JSON.stringify(FIXTURE_REPORT.summary, null, 2));
  });

  it('rejects unknown formats by name, listing the valid ones', () => {
    expect(() => renderReports(FIXTURE_REPORT, ['md', 'pdf', 'xlsx'])).toThrow(UsageError);
    expect(() => renderReports(FIXTURE_REPORT, ['md', 'pdf', 'xlsx'])).toThrow(
      'Expected --format to list only md, html, json, csv, junit; got unknown formats `pdf`, `xlsx`',
    );
  });
});
