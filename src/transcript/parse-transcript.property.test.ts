import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.ts';
import { isFieldWord } from './accept-labels.ts';
import { parseTranscript } from './parse-transcript.ts';
import { TranscriptSchema } from './schema.ts';

const PATHS = ['t.txt', 't.md', 't.vtt', 't.srt', 't.json', 't'];

/** Resolves to the transcript, or to the error, which must be an `InputError`. */
async function parseOrInputError(path: string, bytes: Uint8Array): Promise<void> {
  try {
    const transcript = await parseTranscript({ path, bytes });
    expect(TranscriptSchema.safeParse(transcript).success).toBe(true);
    expect(transcript.turns.length).toBeGreaterThan(0);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.code).toBe('transcript_invalid');
    expect(error.file).toBe(path);
  }
}

/** Pieces of every format, so random strings reach deep into the parsers, not only the detector. */
const FRAGMENTS = [
  'WEBVTT',
  '\n',
  '\n\n',
  '\r\n',
  '-->',
  ' --> ',
  '00:00:01.000',
  '00:00:02,500',
  '1',
  '<v Ann>',
  '</v>',
  '<b>',
  'NOTE',
  '{',
  '}',
  '[',
  ']',
  '"turns"',
  '"speaker"',
  '"text"',
  '"segments"',
  '"results"',
  '"utterances"',
  ':',
  ',',
  'null',
  '0',
  'Ann: ',
  'Bo: ',
  '**Ann:** ',
  '---',
  'candidate: Ann',
  '# ',
  '[00:01:02] ',
  'Why?',
  'hello',
  ' ',
  '\uFEFF',
  '\u0000',
];

const fuzzText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc
    .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 5 })), { maxLength: 40 })
    .map((p) => p.join('')),
);

describe('parseTranscript on arbitrary input', () => {
  it('either reads a valid transcript or throws InputError (strings)', async () => {
    await fc.assert(
      fc.asyncProperty(fuzzText, fc.constantFrom(...PATHS), async (text, path) => {
        await parseOrInputError(path, new TextEncoder().encode(text));
      }),
      { numRuns: 400 },
    );
  });

  it('either reads a valid transcript or throws InputError (captions with arbitrary cue text)', async () => {
    const cue = fc.record({
      id: fc.option(fc.nat({ max: 999 }), { nil: undefined }),
      start: fc.nat({ max: 5000 }),
      length: fc.integer({ min: -2, max: 30 }),
      payload: fc.oneof(
        fc.string({ maxLength: 60 }),
        fc.constantFrom('<v Ann>Hi?</v>', 'Bo: ok', '<i>x</i> &amp;'),
      ),
    });
    const stamp = (s: number, sep: string): string =>
      `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}${sep}000`;
    await fc.assert(
      fc.asyncProperty(fc.array(cue, { minLength: 1, maxLength: 8 }), fc.boolean(), async (cues, vtt) => {
        const sep = vtt ? '.' : ',';
        const blocks = cues.map((c) =>
          [c.id, `${stamp(c.start, sep)} --> ${stamp(c.start + c.length, sep)}`, c.payload]
            .filter((x) => x !== undefined)
            .join('\n'),
        );
        const text = `${vtt ? 'WEBVTT\n\n' : ''}${blocks.join('\n\n')}\n`;
        await parseOrInputError(vtt ? 'c.vtt' : 'c.srt', new TextEncoder().encode(text));
      }),
      { numRuns: 300 },
    );
  });

  it('either reads a valid transcript or throws InputError (larger byte inputs, up to 200 KB)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1000, maxLength: 200_000 }),
        fc.constantFrom(...PATHS),
        async (bytes, path) => {
          await parseOrInputError(path, bytes);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('either reads a valid transcript or throws InputError (bytes)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(...PATHS), async (bytes, path) => {
        await parseOrInputError(path, bytes);
      }),
      { numRuns: 300 },
    );
  });
});

// Note headings (`Note`, `Re`, `Date`…) are never speakers unless metadata names them, so the
// generated names leave them out.
const speakerName = fc.oneof(
  fc.constantFrom('Ana', 'Bo Li', 'Dr. Ko', 'Speaker 1', 'SPEAKER_00', 'Zoë', "O'Neil"),
  fc.stringMatching(/^[A-Z][a-z]{1,8}$/).filter((name) => !isFieldWord(name)),
);
const word = fc.stringMatching(/^[a-z]{1,10}[.,?!]?$/);
const turnArb = fc.record({
  speaker: speakerName,
  text: fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' ')),
});

/** What reading should give: consecutive turns of one speaker merged. */
function mergeExpected(
  turns: readonly { speaker: string; text: string }[],
): { speaker: string; text: string }[] {
  const out: { speaker: string; text: string }[] = [];
  for (const turn of turns) {
    const last = out.at(-1);
    if (last?.speaker === turn.speaker) last.text += ` ${turn.text}`;
    else out.push({ ...turn });
  }
  return out;
}

describe('parseTranscript round trips', () => {
  it('reads back generated `Speaker: text` lines', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(turnArb, { minLength: 1, maxLength: 15 }), async (turns) => {
        const text = turns.map((t) => `${t.speaker}: ${t.text}`).join('\n');
        const parsed = await parseTranscript({ path: 'gen.txt', bytes: new TextEncoder().encode(text) });
        expect(parsed.source.format).toBe('text');
        expect(parsed.turns.map((t) => ({ speaker: t.speaker, text: t.text }))).toEqual(mergeExpected(turns));
      }),
      { numRuns: 200 },
    );
  });

  it('reads back generated native JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(turnArb, { minLength: 1, maxLength: 15 }), async (turns) => {
        const bytes = new TextEncoder().encode(JSON.stringify({ turns }));
        const parsed = await parseTranscript({ path: 'gen.json', bytes });
        expect(parsed.turns.map((t) => ({ speaker: t.speaker, text: t.text }))).toEqual(mergeExpected(turns));
      }),
      { numRuns: 100 },
    );
  });
});

interface TimedTurn {
  readonly speaker: string;
  readonly text: string;
  readonly start: number;
}

/** A conversation among 1–4 speakers with more turns than speakers, so names recur as in interviews. */
const conversationArb = fc.uniqueArray(speakerName, { minLength: 1, maxLength: 4 }).chain((names) =>
  fc
    .array(fc.record({ who: fc.nat(), text: turnArb.map((t) => t.text), gap: fc.nat({ max: 900 }) }), {
      minLength: names.length + 1,
      maxLength: 12,
    })
    .map((rows) => {
      let clock = 0;
      return rows.map(({ who, text, gap }): TimedTurn => {
        clock += gap;
        return { speaker: names[who % names.length] ?? 'Ana', text, start: clock };
      });
    }),
);

const pad = (n: number): string => String(n).padStart(2, '0');
/** `M:SS` (or `H:MM:SS` past the hour) as Otter and Teams write it; `HH:MM:SS` with `long`. */
function clockOf(seconds: number, long = false): string {
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  if (long) return `${pad(h)}:${pad(m)}:${pad(s)}`;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** Each layout: how one turn is written, and what separates turns. */
const LAYOUTS: readonly (readonly [string, (t: TimedTurn) => string, string])[] = [
  ['Otter', (t) => `${t.speaker}  ${clockOf(t.start)}\n${t.text}`, '\n\n'],
  ['Otter without blank lines', (t) => `${t.speaker}  ${clockOf(t.start)}\n${t.text}`, '\n'],
  ['Teams (tab)', (t) => `${t.speaker}\t${clockOf(t.start)}\n${t.text}`, '\n\n'],
  ['Teams (time first)', (t) => `${clockOf(t.start)}\n${t.speaker}\n${t.text}`, '\n\n'],
  ['Zoom', (t) => `[${t.speaker}] ${clockOf(t.start, true)}\n${t.text}`, '\n\n'],
  ['Rev', (t) => `${t.speaker} (${clockOf(t.start, true)}):\n${t.text}`, '\n\n'],
  ['Rev (same line)', (t) => `${t.speaker} (${clockOf(t.start)}): ${t.text}`, '\n'],
  ['Google Meet', (t) => `${clockOf(t.start, true)}\n${t.speaker}: ${t.text}`, '\n\n'],
  ['Descript (trailing time)', (t) => `${t.speaker}: ${t.text} [${clockOf(t.start, true)}]`, '\n'],
];

/** Consecutive turns of one speaker merged, keeping the first start. */
function mergeTimed(turns: readonly TimedTurn[]): TimedTurn[] {
  const out: TimedTurn[] = [];
  for (const turn of turns) {
    const last = out.at(-1);
    if (last?.speaker === turn.speaker) out[out.length - 1] = { ...last, text: `${last.text} ${turn.text}` };
    else out.push(turn);
  }
  return out;
}

describe('parseTranscript round trips in the speaker-header layouts', () => {
  it.each(LAYOUTS)('reads back generated %s files with their start times', async (name, write, separator) => {
    await fc.assert(
      fc.asyncProperty(conversationArb, async (turns) => {
        const text = turns.map(write).join(separator);
        const parsed = await parseTranscript({ path: 'gen.txt', bytes: new TextEncoder().encode(text) });
        expect(parsed.source.format).toBe('text');
        const read = parsed.turns.map((t) => ({ speaker: t.speaker, text: t.text, start: t.start }));
        // Zoom stamps the time of day: its starts count from the first turn.
        const origin = name === 'Zoom' ? (turns[0]?.start ?? 0) : 0;
        const expected = mergeTimed(turns).map((t) => ({ ...t, start: t.start - origin }));
        expect(read).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});
