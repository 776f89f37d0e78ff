import { describe, expect, it } from 'vitest';
import { FIXTURE_REPORT } from '../../test/report/fixture.ts';
import { jsonRenderer, renderJson } from './render-json.ts';
import { SummarySchema } from './schema.ts';

describe('renderJson', () => {
  it('writes the summary exactly, indented', () => {
    const text = renderJson(FIXTURE_REPORT);
    expect(text).toBe(JSON.stringify(FIXTURE_REPORT.summary, null, 2));
    expect(SummarySchema.parse(JSON.parse(text))).toEqual(FIXTURE_REPORT.summary);
    expect(jsonRenderer.fileName).toBe('summary.json');
  });
});
