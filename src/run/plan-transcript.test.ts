import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../io/load-rubric.ts';
import { readTranscript } from '../io/read-transcript.ts';
import { createVerdictFormatCache } from '../judge/verdict-format.ts';
import { analyseTranscript } from './analyse-transcript.ts';
import { planTranscript } from './plan-transcript.ts';

const ROOT = join(import.meta.dirname, '../..');

describe('planTranscript with an analysis made elsewhere', () => {
  it('plans what it plans alone, after the analysis crossed a thread boundary (structured clone)', async () => {
    const { rubric } = loadRubric(join(ROOT, 'rubrics/interview-rubric.md'), ROOT);
    const dir = join(ROOT, 'transcripts');
    const files = readdirSync(dir).filter((f) => !f.endsWith('.meta.yaml'));
    const formatOf = createVerdictFormatCache(rubric.scale);
    const common = {
      rubric,
      alignOptions: {},
      specs: [],
      secret: 's',
      redact: false,
      redactTerms: [],
      formatOf,
    };
    for (const file of files) {
      const transcript = await readTranscript(join(dir, file), ROOT);
      const alone = planTranscript({ ...common, transcript });
      const analysis = structuredClone(analyseTranscript(transcript, rubric, {}));
      const given = planTranscript({ ...common, transcript, analysis });
      expect(given.items).toEqual(alone.items);
      expect([...given.injection.reports]).toEqual([...alone.injection.reports]);
      expect(given.injection.twins).toEqual(alone.injection.twins);
    }
  });
});
