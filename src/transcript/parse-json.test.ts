import { describe, expect, it } from 'vitest';
import { parseTranscript } from './parse-transcript.ts';
import { expectInputError, parseString, readFixture } from './test-helpers.ts';

const json = (value: unknown): string => JSON.stringify(value, null, 2);
const pairs = (t: { turns: readonly { speaker: string; text: string }[] }) =>
  t.turns.map((x) => [x.speaker, x.text]);

describe('parseTranscript: native JSON', () => {
  it('reads metadata and turns, merging consecutive turns of one speaker', async () => {
    const t = await parseTranscript({ path: 'a/native.json', bytes: readFixture('native.json') });
    expect(t.source.format).toBe('native');
    expect(t.metadata).toEqual({ candidate: 'Lee', position: 'SRE' });
    expect(t.turns).toEqual([
      { speaker: 'Morgan', role: 'interviewer', text: 'Describe an outage you handled.', start: 0, end: 3.5 },
      {
        speaker: 'Lee',
        role: 'candidate',
        text: 'Our DNS provider failed. We failed over to a secondary within ten minutes.',
        start: 4,
        end: 12,
      },
      { speaker: 'Morgan', role: 'interviewer', text: 'What did you learn?' },
    ]);
    expect(t.roles.method).toBe('metadata');
  });

  it('reads a bare list of turns, and roles written on turns (as `inspect --json` prints them)', async () => {
    const turns = [
      { speaker: 'A', role: 'candidate', text: 'Why?' },
      { speaker: 'B', role: 'interviewer', text: 'Because.' },
    ];
    const t = await parseString('t.json', json(turns));
    expect(t.metadata).toEqual({ roles: { A: 'candidate', B: 'interviewer' } });
    expect(t.turns.map((x) => x.role)).toEqual(['candidate', 'interviewer']);
  });

  it.each([
    [
      'a turn without text',
      json({ turns: [{ speaker: 'A', text: 'hi' }, { speaker: 'B', text: 'yo' }, { speaker: 'C' }] }),
      11,
      /^expected transcript JSON .*; turns\[2\]\.text: Invalid input: expected string, received undefined$/,
    ],
    [
      'a speaker of the wrong type',
      json({
        turns: [
          { speaker: 'A', text: 'hi' },
          { speaker: true, text: 'yo' },
        ],
      }),
      8,
      /turns\[1\]\.speaker: Invalid input/,
    ],
    ['a bad start', json({ turns: [{ speaker: 'A', text: 'hi', start: 'soon' }] }), 6, /turns\[0\]\.start/],
    [
      'bad metadata',
      json({ metadata: { roles: { A: 'boss' } }, turns: [] }),
      4,
      /metadata\.roles\.A: Invalid option/,
    ],
    ['metadata that is a string', json({ metadata: 'x', turns: [] }), 2, /in a mapping; got `x`/],
    [
      'two roles for one speaker',
      json([
        { speaker: 'A', text: 'a', role: 'candidate' },
        { speaker: 'A', text: 'b', role: 'interviewer' },
      ]),
      1,
      /one role per speaker/,
    ],
    ['no turns', json({ turns: [] }), undefined, /at least one turn of speech in this native file/],
    [
      'a syntax error',
      '{\n  "turns": [\n    { "speaker": "A" "text": "hi" }\n  ]\n}',
      3,
      /^expected valid JSON \(comma expected\), got `"text": "hi" }`$/,
    ],
    ['a trailing comma', '{\n  "turns": [],\n}', 3, /expected valid JSON \(property name expected\)/],
    ['a truncated file', '{\n  "turns": [\n', 3, /expected valid JSON .*got the end of the file/],
    [
      'JSON of no known shape',
      '{"foo": 1, "bar": 2}',
      1,
      /expected transcript JSON in a supported shape: ours \(`turns`\), Whisper or WhisperX .*AWS Transcribe \(`results\.transcripts` and `results\.items`\), Rev\.ai \(`monologues`\) or Google Speech-to-Text \(`results\[\]\.alternatives`\); got a JSON object with keys foo, bar/,
    ],
    [
      'Infinity in a time',
      '{"turns": [{"speaker": "A", "text": "hi", "start": 1e400}]}',
      1,
      /turns\[0\]\.start/,
    ],
  ])('rejects %s', async (_name, text, line, detail) => {
    await expectInputError(parseString('t.json', text), 't.json', line, detail);
  });
});

describe('parseTranscript: ASR JSON', () => {
  it('reads Whisper segments with diarized speakers (WhisperX)', async () => {
    const t = await parseTranscript({ path: 'whisperx.json', bytes: readFixture('whisperx.json') });
    expect(t.source.format).toBe('whisperx');
    expect(t.speakers).toEqual(['SPEAKER_00', 'SPEAKER_01']);
    expect(t.turns[1]).toEqual({
      speaker: 'SPEAKER_01',
      role: 'candidate',
      text: 'I think it is debugging distributed systems. I enjoy following a request across services.',
      start: 2.4,
      end: 7.9,
    });
    expect(t.turns).toHaveLength(4);
    expect(t.roles).toMatchObject({ method: 'inferred' });
  });

  it('reads AssemblyAI utterances, converting milliseconds to seconds', async () => {
    const t = await parseString(
      'aai.json',
      json({
        text: 'x',
        utterances: [
          { speaker: 'A', text: 'Why?', start: 100, end: 900 },
          { speaker: 'B', text: 'Because I said so.', start: 1000, end: 2500 },
          { speaker: 'B', text: 'Really.', start: 2600, end: 3000 },
        ],
      }),
    );
    expect(t.source.format).toBe('assemblyai');
    expect(t.turns).toEqual([
      { speaker: 'A', role: 'interviewer', text: 'Why?', start: 0.1, end: 0.9 },
      { speaker: 'B', role: 'candidate', text: 'Because I said so. Really.', start: 1, end: 3 },
    ]);
  });

  it.each([
    [
      'AssemblyAI words with speakers',
      {
        utterances: null,
        text: 'x',
        words: [
          { text: 'Hi', start: 0, end: 1, speaker: 'A' },
          { text: 'there', start: 1, end: 2, speaker: 'A' },
          { text: 'Yo', start: 2, end: 3, speaker: 'B' },
        ],
      },
      [
        ['A', 'Hi there'],
        ['B', 'Yo'],
      ],
    ],
    [
      'AssemblyAI text only',
      { utterances: null, words: [], text: 'Just text.' },
      [['unknown', 'Just text.']],
    ],
    ['Whisper text only', { segments: [], text: 'Only text.' }, [['unknown', 'Only text.']]],
    [
      'Deepgram utterances with numeric speakers',
      {
        results: {
          utterances: [
            { speaker: 0, transcript: 'Why?', start: 0, end: 1 },
            { speaker: 1, transcript: 'Because.', start: 1, end: 2 },
          ],
        },
      },
      [
        ['0', 'Why?'],
        ['1', 'Because.'],
      ],
    ],
    [
      'Deepgram diarized words',
      {
        results: {
          channels: [
            {
              alternatives: [
                {
                  transcript: 'x',
                  words: [
                    { word: 'why', punctuated_word: 'Why?', speaker: 0, start: 0, end: 1 },
                    { word: 'because', speaker: 1, start: 1, end: 2 },
                  ],
                },
              ],
            },
          ],
        },
      },
      [
        ['0', 'Why?'],
        ['1', 'because'],
      ],
    ],
    [
      'Deepgram without diarization',
      {
        results: {
          channels: [
            {
              alternatives: [
                {
                  transcript: 'Hello world.',
                  words: [
                    { word: 'hello', start: 0.5, end: 1 },
                    { word: 'world', start: 1, end: 2 },
                  ],
                },
              ],
            },
          ],
        },
      },
      [['unknown', 'Hello world.']],
    ],
  ])('reads %s', async (_name, value, expected) => {
    expect(pairs(await parseString('asr.json', json(value)))).toEqual(expected);
  });

  it('gives Deepgram transcript-only speech the times of its first and last word', async () => {
    const value = {
      results: {
        channels: [{ alternatives: [{ transcript: 'Hi.', words: [{ word: 'hi', start: 0.5, end: 0.9 }] }] }],
      },
    };
    const t = await parseString('dg.json', json(value));
    expect(t.turns).toEqual([{ speaker: 'unknown', role: 'unknown', text: 'Hi.', start: 0.5, end: 0.9 }]);
    expect(t.roles).toEqual({
      method: 'none',
      confident: false,
      note: 'no speaker labels recognised: roles cannot be told apart',
    });
  });

  it.each([
    [
      'Whisper segment without text',
      json({
        segments: [
          { start: 0, end: 1, text: 'ok' },
          { start: 1, end: 2 },
        ],
      }),
      8,
      /Whisper JSON.*segments\[1\]\.text/,
    ],
    [
      'Deepgram word of the wrong type',
      json({ results: { channels: [{ alternatives: [{ transcript: 'x', words: [{ word: 5 }] }] }] } }),
      10,
      /Deepgram JSON.*results\.channels\[0\]\.alternatives\[0\]\.words\[0\]\.word/,
    ],
    [
      'AssemblyAI utterance speaker of the wrong type',
      json({ utterances: [{ speaker: [], text: 'x' }] }),
      4,
      /AssemblyAI JSON.*utterances\[0\]\.speaker/,
    ],
  ])('rejects %s', async (_name, text, line, detail) => {
    await expectInputError(parseString('asr.json', text), 'asr.json', line, detail);
  });
});
