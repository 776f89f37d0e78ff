import { describe, expect, it } from 'vitest';
import { parseTranscript } from './parse-transcript.ts';
import { expectInputError, parseString, readFixture } from './test-helpers.ts';

const utf16le = (text: string): Uint8Array => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++)
    out.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
  return out;
};

describe('parseTranscript: WebVTT', () => {
  it('reads `<v Name>` voice tags, strips other tags, joins a nameless cue to the turn before, reads NOTE metadata', async () => {
    const t = await parseTranscript({ path: 'calls/teams.vtt', bytes: readFixture('teams.vtt') });
    expect(t.source.format).toBe('webvtt');
    expect(t.metadata).toEqual({ candidate: 'Ana Ruiz', position: 'Data Scientist' });
    expect(t.turns).toEqual([
      {
        speaker: 'Priya Shah',
        role: 'interviewer',
        text: 'Welcome! Can you walk me through your last project?',
        start: 1,
        end: 4,
        line: 8,
      },
      {
        speaker: 'Ana Ruiz',
        role: 'candidate',
        text: 'Of course. I built a churn model with gradient boosting & careful validation. and it shipped in March.',
        start: 4.5,
        end: 15,
        line: 12,
      },
      {
        speaker: 'Priya Shah',
        role: 'interviewer',
        text: 'What would you change?',
        start: 15,
        end: 18,
        line: 24,
      },
    ]);
    expect(t.roles.method).toBe('metadata');
  });

  it('reads Zoom-style `Name:` prefixes and several voices in one cue', async () => {
    const vtt = [
      'WEBVTT',
      '',
      '1',
      '00:00:01.000 --> 00:00:02.000',
      'Sam Lee: Why this job?',
      '',
      '2',
      '00:00:02.000 --> 00:00:05.000',
      '<v Jo>Because I like it.',
      '<v Sam Lee>Fair.',
      '',
    ].join('\n');
    const t = await parseString('zoom.vtt', vtt);
    expect(t.turns.map((turn) => [turn.speaker, turn.text, turn.line])).toEqual([
      ['Sam Lee', 'Why this job?', 4],
      ['Jo', 'Because I like it.', 8],
      ['Sam Lee', 'Fair.', 8],
    ]);
  });

  it('reads UTF-16 LE with a BOM and CRLF line ends', async () => {
    const vtt =
      'WEBVTT\r\n\r\n00:00:01.000 --> 00:00:02.000\r\nZoë Müller: Grüß dich?\r\n\r\n00:00:02.000 --> 00:00:03.000\r\nBo: Hallo.\r\n';
    const t = await parseTranscript({ path: 'x.vtt', bytes: utf16le(vtt) });
    expect(t.turns.map((turn) => [turn.speaker, turn.text, turn.line])).toEqual([
      ['Zoë Müller', 'Grüß dich?', 3],
      ['Bo', 'Hallo.', 6],
    ]);
  });

  it('keeps line numbers after leading blank lines', async () => {
    const t = await parseString('x.vtt', '\n\nWEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA: hi\n');
    expect(t.turns).toEqual([{ speaker: 'A', role: 'unknown', text: 'hi', start: 1, end: 2, line: 5 }]);
  });

  it.each([
    [
      'a bad arrow (no cue at all)',
      'WEBVTT\n\n00:00:01.000 -> 00:00:02.000\nhi\n',
      3,
      /expected a cue timing line like `00:00:01\.000 --> 00:00:04\.000`, got `00:00:01\.000 -> 00:00:02\.000`; no cue in the file could be read/,
    ],
    ['an id without a timing line (no cue at all)', 'WEBVTT\n\n7\nnot a timing\n', 3, /got `7`; no cue/],
    [
      'a bad timestamp in the only cue',
      'WEBVTT\n\n1\n00:00:0x.000 --> 00:00:02.000\nhi\n',
      4,
      /expected a cue timing line like .*got `00:00:0x\.000 --> 00:00:02\.000`; no cue in the file could be read/,
    ],
    [
      'bad NOTE metadata',
      'WEBVTT\n\nNOTE\ncandidate: 5\n\n00:00:01.000 --> 00:00:02.000\nhi\n',
      4,
      /metadata\.candidate: Invalid input/,
    ],
    [
      'cues without text',
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n\n',
      undefined,
      /at least one turn of speech in this webvtt file/,
    ],
  ])('refuses %s: nothing usable is left', async (_name, text, line, detail) => {
    await expectInputError(parseString('call.vtt', text), 'call.vtt', line, detail);
  });

  it.each<[string, string, readonly (readonly [string, string])[], readonly [number, RegExp][]]>([
    [
      'a block with no timing line after a cue (skipped, as browsers do)',
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nAna: hi\n\nBo: no timing here\n',
      [['Ana', 'hi']],
      [
        [
          6,
          /skipped text outside any cue: expected a cue timing line like `00:00:01\.000 --> 00:00:04\.000`, got `Bo: no timing here`/,
        ],
      ],
    ],
    [
      'a cue that ends before it starts',
      'WEBVTT\n\n00:00:03.000 --> 00:00:02.000\nAna: hi\n',
      [['Ana', 'hi']],
      [[3, /a cue that ends before it starts/]],
    ],
    [
      'a cue glued to the header',
      'WEBVTT\n00:00:01.000 --> 00:00:02.000\nAna: hi\n',
      [['Ana', 'hi']],
      [[2, /expected a blank line between the WEBVTT header and the first cue/]],
    ],
  ])('reads %s, with a warning naming the line', async (_name, text, turns, warnings) => {
    const t = await parseString('call.vtt', text);
    expect(t.turns.map((turn) => [turn.speaker, turn.text])).toEqual(turns);
    expect(t.warnings).toEqual(
      warnings.map(([line, message]) => ({
        file: 'call.vtt',
        line,
        message: expect.stringMatching(message),
      })),
    );
  });

  it('ignores NOTE blocks that are not metadata, and STYLE blocks', async () => {
    const vtt =
      'WEBVTT\n\nNOTE exported by a tool: v2\n\nSTYLE\n::cue { color: red }\n\n00:00:01.000 --> 00:00:02.000\nA: hi\n';
    const t = await parseString('call.vtt', vtt);
    expect(t.metadata).toEqual({});
    expect(t.turns).toHaveLength(1);
  });
});

describe('parseTranscript: SRT', () => {
  it('reads CRLF SRT with `Name:` prefixes, tags stripped, unlabelled cues joining the speaker before', async () => {
    const t = await parseTranscript({
      path: 'x/interview-crlf.srt',
      bytes: readFixture('interview-crlf.srt'),
    });
    expect(t.source.format).toBe('srt');
    expect(t.turns).toEqual([
      {
        speaker: 'Interviewer',
        role: 'interviewer',
        text: 'Why do you want this role?',
        start: 1,
        end: 3.5,
        line: 2,
      },
      {
        speaker: 'Candidate',
        role: 'candidate',
        text: 'I enjoy hard scaling problems. And I like the team.',
        start: 4,
        end: 10,
        line: 6,
      },
      { speaker: 'Interviewer', role: 'interviewer', text: 'Great, thanks.', start: 10.5, end: 12, line: 14 },
    ]);
    expect(t.roles).toMatchObject({ method: 'inferred', confident: true });
  });

  it('strips SSA positioning codes and dialogue dashes', async () => {
    const t = await parseString(
      'a.srt',
      '1\n00:00:01,000 --> 00:00:02,000\n{\\an8}- Ann: Hi?\n- Ben: Hello.\n',
    );
    expect(t.turns.map((turn) => [turn.speaker, turn.text])).toEqual([
      ['Ann', 'Hi?'],
      ['Ben', 'Hello.'],
    ]);
  });

  it('skips a cue with a bad timing line, naming the SRT example and the line', async () => {
    const t = await parseString(
      'a.srt',
      '1\n00:00:01,000 --> 00:00:02,000\nhi\n\n2\n00:00:0x,000 --> 00:00:03,000\nyo\n',
    );
    expect(t.turns.map((turn) => turn.text)).toEqual(['hi']);
    expect(t.warnings).toEqual([
      {
        file: 'a.srt',
        line: 6,
        message:
          'skipped a cue: expected a cue timing line like `00:00:01,000 --> 00:00:04,000`, got `00:00:0x,000 --> 00:00:03,000`',
      },
    ]);
  });
});
