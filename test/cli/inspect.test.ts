import { describe, expect, it } from 'vitest';
import { cli, ROOT } from './run-cli.ts';

/** Real exports copied with their licences into the repository, so a bare clone has them. */
const FIXTURES = `${ROOT}/test/fixtures/transcripts/real`;

describe('rubricate inspect --json', () => {
  it.each([
    ['zoom/GMT20240124-202901_Recording.transcript.vtt', 'webvtt', 5, 25],
    ['asr-json/dg_speakers.json', 'deepgram', 3, 8],
    ['asr-json/dg_speakers_no_utterances.json', 'deepgram', 3, 10],
  ])('%s reads as %s with %i speakers and %i merged turns', async (file, format, speakers, turns) => {
    const { code, stdout, stderr } = await cli(['inspect', `${FIXTURES}/${file}`, '--json']);
    expect(code, stderr).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.format).toBe(format);
    expect(json.speakers).toHaveLength(speakers);
    expect(json.turns).toHaveLength(turns);
    for (const turn of json.turns) expect(['interviewer', 'candidate', 'unknown']).toContain(turn.role);
  });

  it('says clearly when roles cannot be told apart', async () => {
    const { code, stdout } = await cli([
      'inspect',
      `${FIXTURES}/zoom/GMT20240124-202901_Recording.cc.vtt`,
      '--json',
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.roles.method).toBe('none');
    expect(json.roles.note).toMatch(/cannot be told apart|roles/i);
  });

  it('aligns a transcript with the rubric: CONTRACT keys and valid spans', async () => {
    const { code, stdout } = await cli(
      [
        'inspect',
        'transcripts/01-backend-senior-alex-rivera.txt',
        '--rubric',
        'rubrics/interview-rubric.md',
        '--json',
      ],
      { cwd: ROOT },
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.alignment).toHaveLength(11);
    for (const slot of json.alignment) {
      expect(['answered', 'not_asked', 'ambiguous']).toContain(slot.status);
      expect(slot.confidence).toBeGreaterThanOrEqual(0);
      expect(slot.confidence).toBeLessThanOrEqual(1);
      if (slot.turns !== null) {
        expect(slot.turns[0]).toBeLessThanOrEqual(slot.turns[1]);
        expect(slot.turns[1]).toBeLessThan(json.turns.length);
      }
    }
  });

  it('human output lists speakers, roles and turns', async () => {
    const { code, stdout } = await cli(['inspect', `${FIXTURES}/asr-json/dg_speakers.json`]);
    expect(code).toBe(0);
    expect(stdout).toContain('format:   deepgram');
    expect(stdout).toMatch(/\[\s+0\] /);
  });

  it('shows what the reader skipped or ignored, with lines, in text and JSON', async () => {
    const file = 'test/fixtures/transcripts/corpus/messy-cues.vtt';
    const text = await cli(['inspect', file]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('  warnings: 3');
    expect(text.stdout).toContain(
      `    ${file}:15: skipped a cue: expected a cue timing line like \`00:00:01.000 --> 00:00:04.000\`, got \`00:00:60.000 --> 00:00:61.000\``,
    );
    const json = JSON.parse((await cli(['inspect', file, '--json'])).stdout);
    expect(json.warnings).toEqual([
      { line: 7, message: 'expected a blank line before this cue; read it as a new cue' },
      { line: 11, message: 'expected a blank line before this cue; read it as a new cue' },
      { line: 15, message: expect.stringMatching(/^skipped a cue: /) },
    ]);
    expect(json.speakers).toEqual(['Ana Torres', 'Ben Okafor']);
  });

  it('a clean transcript has no warnings', async () => {
    const json = JSON.parse(
      (await cli(['inspect', `${FIXTURES}/asr-json/dg_speakers.json`, '--json'])).stdout,
    );
    expect(json.warnings).toEqual([]);
  });

  it('a broken transcript is exit 2 naming file and line', async () => {
    const { code, stderr } = await cli([
      'inspect',
      'test/fixtures/alignment/broken/native-syntax-error.json',
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/native-syntax-error\.json:\d+: /);
  });
});
