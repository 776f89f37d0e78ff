import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from './parse-transcript.ts';
import type { Transcript } from './schema.ts';
import { expectInputError } from './test-helpers.ts';

/**
 * A corpus of real-world-shaped transcripts written for these tests (test/fixtures/transcripts/
 * corpus/README.md says what each shows): the format detected, the speakers, each speaker's
 * role, whether the roles are confident, the number of merged turns and the lines warned about.
 */
const CORPUS = new URL('../../test/fixtures/transcripts/corpus/', import.meta.url);

const read = (name: string): Promise<Transcript> =>
  parseTranscript({ path: name, bytes: readFileSync(new URL(name, CORPUS)) });

type Roles = Record<string, 'interviewer' | 'candidate' | 'unknown'>;
type Row = readonly [
  file: string,
  format: string,
  roles: Roles,
  confident: boolean,
  turns: number,
  warned: number[],
];

const I = 'interviewer';
const C = 'candidate';

const ROWS: readonly Row[] = [
  ['zoom-pronouns.vtt', 'webvtt', { 'Dana Whitfield': I, 'Priya Raman': C }, true, 6, [12, 12]],
  ['teams-voices.vtt', 'webvtt', { 'Sofía Martínez': I, 'Marcus Lee': C }, true, 4, []],
  ['whisperx-diarized.vtt', 'webvtt', { SPEAKER_00: I, SPEAKER_01: C }, true, 5, []],
  ['messy-cues.vtt', 'webvtt', { 'Ana Torres': I, 'Ben Okafor': C }, true, 6, [7, 11, 15]],
  ['podcast.srt', 'srt', { 'MAYA CHEN': I, 'DEV PATEL': C }, false, 8, [18, 20]],
  ['missing-blank-lines.srt', 'srt', { Ann: I, Raj: C }, false, 4, [5, 8, 11]],
  ['otter-pronouns.txt', 'text', { 'Dana Whitfield': I, 'Priya Raman': C }, true, 6, []],
  ['zoom-saved.txt', 'text', { 'Dana Whitfield': I, 'Jordan Alvarez': C }, true, 6, []],
  ['rev-speakers.txt', 'text', { 'Speaker 1': I, 'Speaker 2': C }, true, 6, []],
  ['lowercase-names.txt', 'text', { 'jane doe': I, 'sam lee': C }, true, 6, []],
  ['last-first.txt', 'text', { 'Whitfield, Dana': I, 'Lee, Marcus': C }, true, 6, []],
  ['device-names.txt', 'text', { 'iPhone de María': I, 'Galaxy S21 de Pedro': C }, true, 6, []],
  ['look-alike.txt', 'text', { 'Dana Lee': I, 'Sam Ortiz': C }, true, 6, []],
  ['note-aside.txt', 'text', { Ana: I, Bo: C }, true, 6, []],
  ['markdown-toc.md', 'markdown', { 'Dana Whitfield': I, 'Lee Chen': C }, true, 6, []],
  ['markdown-notes.md', 'markdown', { Interviewer: I, Candidate: C }, true, 4, []],
  ['spanish.txt', 'text', { Entrevistadora: I, Candidato: C }, true, 6, []],
  ['french.txt', 'text', { Recruteuse: I, Candidat: C }, true, 6, []],
  ['russian.txt', 'text', { 'Анна Смирнова': I, 'Игорь Петров': C }, true, 6, []],
  ['chinese.txt', 'text', { 面试官: I, 候选人: C }, true, 6, []],
  ['cp1252.txt', 'text', { Entrevistador: I, Candidata: C }, true, 4, [1]],
  ['utf16-nobom.txt', 'text', { 'Ana Lima': I, 'Bruno Costa': C }, true, 4, [1]],
  ['aws-transcribe.json', 'aws-transcribe', { spk_0: I, spk_1: C }, true, 4, []],
  ['deepgram-paragraphs.json', 'deepgram', { '0': I, '1': C }, true, 4, []],
  ['deepgram-multichannel.json', 'deepgram', { 'Channel 0': I, 'Channel 1': C }, true, 4, []],
  ['assemblyai.json', 'assemblyai', { A: I, B: C }, true, 4, []],
  ['whisperx.json', 'whisperx', { SPEAKER_00: I, SPEAKER_01: C }, true, 3, []],
  ['rev.json', 'rev', { 'Dana Whitfield': I, 'Speaker 1': C }, true, 4, []],
  ['whisper-plain.json', 'whisper', { unknown: 'unknown' }, false, 1, []],
  ['google-stt.json', 'google-stt', { '1': I, '2': C }, true, 4, []],
  ['google-stt-saved.json', 'google-stt', { unknown: 'unknown' }, false, 1, []],
];

describe('the transcript corpus', () => {
  it.each(ROWS)(
    '%s: %s, roles, confidence, turns and warned lines',
    async (file, format, roles, confident, turns, warned) => {
      const t = await read(file);
      expect(t.source.format).toBe(format);
      expect(t.speakers).toEqual(Object.keys(roles));
      expect(
        Object.fromEntries(t.speakers.map((s) => [s, t.turns.find((turn) => turn.speaker === s)?.role])),
      ).toEqual(roles);
      expect(t.roles.confident).toBe(confident);
      expect(t.turns).toHaveLength(turns);
      expect((t.warnings ?? []).map((w) => w.line)).toEqual(warned);
    },
  );

  it('decodes entities (named, numeric, `&amp` without `;`) and drops cue numbers and timing lines from speech', async () => {
    const t = await read('messy-cues.vtt');
    expect(t.turns.map((turn) => turn.text)).toEqual([
      'Why this team?',
      'Because you own the ranking stack, and I like search.',
      'Tell me about a ranking change you shipped.',
      'We added freshness as a feature and ran an interleaving test.',
      "'Interleaving' & what did it show?",
      'A two percent lift in clicks © the team, and no latency cost.',
    ]);
    expect(t.warnings?.[2]?.message).toMatch(/skipped a cue: .*got `00:00:60\.000 --> 00:00:61\.000`/);
  });

  it('keeps an SRT cue’s text after a blank line inside it, and no cue number in speech', async () => {
    const t = await read('podcast.srt');
    expect(t.turns[3]?.text).toBe(
      'Honestly by accident. You know how it is, right? I joined for the scale problems and stayed for the people. And the money moves in ways that are much harder than they look. Think about retries. What happens when the network drops after the bank said yes? You charge twice, right? So everything has an idempotency key.',
    );
    expect(t.roles.note).toMatch(/DEV PATEL asks more \(4\) but speaks 74% of the words/);
  });

  it('reads Markdown: no front matter, headings, contents or table as turns; escapes and bullets decoded', async () => {
    const t = await read('markdown-toc.md');
    expect(t.turns[0]).toMatchObject({ speaker: 'Dana Whitfield', start: 0, line: 21 });
    expect(t.turns[1]?.text).toBe(
      'I like building tools other engineers depend on [laughs]. At my last job I owned the CI system.',
    );
    expect(t.turns[3]?.text).toBe(
      'Flaky tests. We quarantined them automatically: every test got a flake score, anything over five percent was quarantined.',
    );
  });

  it('keeps a one-off `Note:` line and a leading `Date:` line out of the speakers', async () => {
    const t = await read('note-aside.txt');
    expect(t.turns[0]).toMatchObject({ speaker: 'Ana', line: 2 });
    expect(t.turns[1]?.text).toMatch(/hammer the server\. Note: the authors later revised the numbers\.$/);
  });

  it('strips zero-width and bidi characters so a look-alike label is the same speaker', async () => {
    const t = await read('look-alike.txt');
    expect(t.speakers).toEqual(['Dana Lee', 'Sam Ortiz']);
  });

  it('reads Windows-1252 with a warning that names the guess', async () => {
    const t = await read('cp1252.txt');
    expect(t.turns[2]?.text).toBe('Cuéntame un “incidente” difícil.');
    expect(t.warnings?.[0]?.message).toMatch(/read as Windows-1252 \(cp1252\)/);
  });

  it('refuses a subtitle dump whose colons are phrases, saying no speaker labels were recognised', async () => {
    await expectInputError(
      read('subtitle-dump.txt'),
      'subtitle-dump.txt',
      1,
      /no speaker labels recognised \(a label counts when it recurs, alternates with another or is named in metadata\)/,
    );
  });

  it('says "no speaker labels recognised" for speech without labels', async () => {
    const t = await read('whisper-plain.json');
    expect(t.roles.note).toBe('no speaker labels recognised: roles cannot be told apart');
  });
});
