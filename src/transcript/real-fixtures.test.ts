import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from './parse-transcript.ts';
import type { Transcript } from './schema.ts';

/** Real exports kept byte for byte, with their licences (see the folder's README.md). */
const FORMATS = new URL('../../test/fixtures/transcripts/real/', import.meta.url);

const read = (name: string): Promise<Transcript> =>
  parseTranscript({ path: name, bytes: readFileSync(new URL(name, FORMATS)) });

const ONE_UNKNOWN = {
  method: 'none',
  confident: false,
  note: 'no speaker labels recognised: roles cannot be told apart',
};

describe('real transcript files', () => {
  it('reads the Zoom transcript: 5 speakers, 102 cues merged into 25 turns, the nameless cue joined', async () => {
    const t = await read('zoom/GMT20240124-202901_Recording.transcript.vtt');
    expect(t.id).toBe('GMT20240124-202901_Recording');
    expect(t.source.format).toBe('webvtt');
    expect([...t.speakers].sort()).toEqual([
      'Conor Healy',
      'Dr. Melissa Ko',
      'Ryan Sloan',
      'Shreeharsh Kelkar',
      'Srijani Ghosh',
    ]);
    expect(t.turns).toHaveLength(25);
    expect(t.turns[0]).toEqual({
      speaker: 'Srijani Ghosh',
      role: t.turns[0]?.role,
      text: 'Hi!',
      start: 0.05,
      end: 1.79,
      line: 4,
    });
    expect(t.turns.some((turn) => turn.text.includes('Hmm.'))).toBe(true);
    expect(t.turns.every((turn, i) => i === 0 || turn.speaker !== t.turns[i - 1]?.speaker)).toBe(true);
  });

  it('reads the Zoom live-caption track (CRLF, no names) as one unknown speaker', async () => {
    const t = await read('zoom/GMT20240124-202901_Recording.cc.vtt');
    expect(t.source.format).toBe('webvtt');
    expect(t.speakers).toEqual(['unknown']);
    expect(t.turns).toHaveLength(1);
    expect(t.turns[0]).toMatchObject({ role: 'unknown', start: 68, line: 3 });
    expect(t.roles).toEqual(ONE_UNKNOWN);
  });

  it.each([
    ['asr-json/dg_speakers.json', 'deepgram', ['0', '1', '2'], 8],
    ['asr-json/dg_speakers_no_utterances.json', 'deepgram', ['0', '1', '2'], 10],
    ['asr-json/assemblyai_utterances.json', 'assemblyai', ['A'], 1],
    ['asr-json/assemblyai_transcription.json', 'assemblyai', ['A'], 1],
  ])('reads %s as %s with speakers %j in %i turns', async (name, format, speakers, turns) => {
    const t = await read(name);
    expect(t.source.format).toBe(format);
    expect([...t.speakers].sort()).toEqual(speakers);
    expect(t.turns).toHaveLength(turns);
    expect(
      t.turns.every((turn) => turn.text.length > 0 && turn.start !== undefined && turn.end !== undefined),
    ).toBe(true);
  });

  it.each([
    ['asr-json/dg_transcription.json', 'deepgram'],
    ['asr-json/dg_utterances.json', 'deepgram'],
    ['asr-json/dg_whisper_transcription.json', 'deepgram'],
    ['asr-json/whisper_timestamped.json', 'whisper'],
  ])('reads %s (no speaker labels) as one unknown speaker, format %s', async (name, format) => {
    const t = await read(name);
    expect(t.source.format).toBe(format);
    expect(t.speakers).toEqual(['unknown']);
    expect(t.turns).toHaveLength(1);
    expect(t.turns[0]?.text).toMatch(/^Yeah[.,]? [Aa]s/i);
    expect(t.roles).toEqual(ONE_UNKNOWN);
  });

  it('names a single ASR speaker in the role note', async () => {
    const t = await read('asr-json/assemblyai_utterances.json');
    expect(t.roles).toEqual({
      method: 'none',
      confident: false,
      note: 'only one speaker label (A): roles cannot be told apart',
    });
  });
});
