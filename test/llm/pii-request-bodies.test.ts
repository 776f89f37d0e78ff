import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readTranscript } from '../../src/io/read-transcript.ts';
import { createRedactor } from '../../src/redact/create-redactor.ts';
import { cli } from '../cli/run-cli.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../fake-openai/server.ts';
import { PII_CASES } from '../fixtures/security/pii-corpus.ts';
import { allFileTexts, readJson, scoreWith, TEST_API_KEY, TRANSCRIPTS, workDir } from './helpers.ts';

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const SOURCE = join(TRANSCRIPTS, '01-backend-senior-alex-rivera.txt');
const RUBRIC = join(TRANSCRIPTS, '../rubrics/interview-rubric.md');

/** The candidate turns that `inspect` places inside an answered question's span. */
async function answerTurns(): Promise<string[]> {
  const { stdout } = await cli(['inspect', SOURCE, '--rubric', RUBRIC, '--json']);
  const inspected = JSON.parse(stdout) as {
    turns: { role: string; text: string }[];
    alignment: { status: string; turns: [number, number] | null }[];
  };
  return inspected.alignment.flatMap((a) => {
    if (a.status !== 'answered' || a.turns === null) return [];
    const span = inspected.turns.slice(a.turns[0], a.turns[1] + 1);
    return span.filter((t) => t.role === 'candidate').map((t) => t.text);
  });
}

/**
 * A bundled interview whose candidate mentions every string of the PII corpus inside answers:
 * the corpus sentences are dealt round-robin onto the candidate turns that answer a question.
 */
async function piiHeavyTranscript(dir: string): Promise<string> {
  const lines = readFileSync(SOURCE, 'utf8').split('\n');
  const texts = new Set(await answerTurns());
  const answers = lines.flatMap((line, i) =>
    line.startsWith('Alex Rivera: ') && texts.has(line.slice('Alex Rivera: '.length).trim()) ? [i] : [],
  );
  expect(answers.length).toBeGreaterThan(5);
  PII_CASES.forEach((c, n) => {
    const at = answers[n % answers.length] ?? 0;
    lines[at] = `${lines[at]} ${c.sentence}`;
  });
  const path = join(dir, 'pii-heavy.txt');
  writeFileSync(path, lines.join('\n'));
  return path;
}

describe('personal data never reaches the endpoint', () => {
  it('scores a PII-heavy transcript with --judge openai: no corpus string in any request', async () => {
    const sent: string[] = [];
    server = await startFakeOpenAI({
      policy: ({ info }) => {
        sent.push(info.messages.map((m) => m.content).join('\n'));
        return { kind: 'verdict', rating: 3 };
      },
    });
    const dir = workDir();
    const transcript = await piiHeavyTranscript(dir);
    const text = readFileSync(transcript, 'utf8');
    for (const c of PII_CASES) expect(text, c.value).toContain(c.value);
    const out = join(dir, 'run');
    const { code, stderr } = await scoreWith(server.baseUrl, dir, [
      transcript,
      '--rubric',
      RUBRIC,
      '--out',
      out,
      '--judge',
      'openai',
      '--no-cache',
    ]);
    expect(code, stderr).toBe(0);
    expect(sent.length).toBeGreaterThan(5);
    const bodies = sent.join('\n\u0000\n');
    // The answers went out (with placeholders), so the check below is not vacuous.
    expect(bodies).toMatch(/\[(?:ADDRESS|URL|HANDLE|POSTCODE|DOB|NATIONAL_ID|EMAIL|PHONE|PERSON)_\d+\]/);
    // Each corpus sentence went out, redacted exactly as the run's redactor redacts it.
    const redactor = createRedactor(await readTranscript(transcript, dir), []);
    const unsent = PII_CASES.filter((c) => !bodies.includes(redactor.redact(c.sentence)));
    expect(unsent.map((c) => c.sentence)).toEqual([]);
    const leaked = PII_CASES.filter((c) => bodies.includes(c.value)).map((c) => `${c.cls}: ${c.value}`);
    expect(leaked).toEqual([]);
    for (const name of ['Alex', 'Rivera', 'Grace', 'Liu'])
      expect(bodies).not.toMatch(new RegExp(`\\b${name}\\b`));

    // The key is never written anywhere in the run.
    for (const { file, text: content } of allFileTexts(out))
      expect(content, file).not.toContain(TEST_API_KEY);
    expect(readJson<{ status: string }>(join(out, 'summary.json')).status).toBe('complete');
  });
});
