import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.ts';
import { parseTranscript } from './parse-transcript.ts';
import { expectInputError, parseString } from './test-helpers.ts';

/** Resolves to the transcript or the `InputError`; anything else (a crash) fails the test. */
async function readOrRefuse(path: string, text: string, limits = {}): Promise<unknown> {
  try {
    return await parseTranscript({ path, bytes: new TextEncoder().encode(text) }, limits);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
}

const RUNS: readonly (readonly [string, string])[] = [
  ['spaces', ' '],
  ['no-break spaces', '\u00a0'],
  ['tabs', '\t'],
  ['colons', ':'],
  ['brackets', '['],
  ['parentheses', '('],
  ['digits and colons', '1:'],
  ['arrows', '-->'],
  ['ampersands', '&a'],
];

/** Each format's places where a long run lands: labels, headers, timing lines, cue text, JSON. */
const PLACES: readonly (readonly [string, (run: string) => string])[] = [
  [
    't.txt',
    (run) => `Ana: hi\nBo: ${run}\nAna${run}  0:03\n${run}:\n[${run}] 10:00:01\nx (${run}):\nAna: ok\n`,
  ],
  ['t.md', (run) => `# ${run}\n\n**Ana:** ${run}\n- [${run}](#x)\n| ${run} |\n**Bo:** ok\n`],
  [
    't.vtt',
    (run) =>
      `WEBVTT\n\n00:00:01.000 --> 00:00:02.000 ${run}\nAna: ${run}\n\n${run}\n${run} --> ${run}\n<v ${run}>${run}\n`,
  ],
  ['t.srt', (run) => `1\n00:00:01,000 --> 00:00:02,000\nAna: ${run}\n\n${run}\n2\n${run}-->${run}\n`],
  ['t.json', (run) => `{"turns": [{"speaker": "A${run.replace(/["\\]/g, '')}", "text": "hi"}], ${run}}`],
];

describe('hostile input: every pattern runs in linear time (a super-linear one would take minutes)', () => {
  it.each(RUNS)('one line of 50,000 %s, in every format', async (_name, unit) => {
    const run = unit.repeat(Math.ceil(50_000 / unit.length));
    for (const [path, place] of PLACES) await readOrRefuse(path, place(run));
  });

  it('reads one Q/A pair repeated to 1 MB, alternating speakers throughout', async () => {
    const pair =
      'Interviewer: How do you make a flaky integration reliable?\nCandidate: Retries, idempotency keys and a circuit breaker.\n';
    const t = await parseString('pair.txt', pair.repeat(Math.ceil(1_000_000 / pair.length)));
    expect(t.turns.length).toBeGreaterThan(15_000);
    expect(t.roles).toMatchObject({ method: 'inferred', confident: true });
  });

  it('reads 100,000 WebVTT cues', async () => {
    const cues = Array.from(
      { length: 100_000 },
      (_, i) => `00:00:0${i % 10}.000 --> 00:00:0${i % 10}.500\n${i % 2 ? 'Ann' : 'Raj'}: ok`,
    );
    const t = await parseString('many.vtt', `WEBVTT\n\n${cues.join('\n\n')}\n`);
    expect(t.turns).toHaveLength(100_000);
  });

  it('reads or refuses 1 MB of fragments of every format', async () => {
    const fragments = [
      'WEBVTT\n\n',
      '00:00:01.000 --> 00:00:02.000\n',
      'Ann: ',
      'Bo: ',
      '\n',
      '\n\n',
      '[',
      '{',
      ':',
      '<v A>',
      '&amp',
      '**A:** ',
      '  0:01\n',
      ' '.repeat(50),
    ];
    const sample = fc.sample(fc.array(fc.constantFrom(...fragments), { minLength: 2000, maxLength: 2000 }), {
      numRuns: 3,
      seed: 42,
    });
    for (const parts of sample) {
      const text = parts.join('').repeat(Math.ceil(1_000_000 / parts.join('').length));
      for (const path of ['f.txt', 'f.vtt', 'f.srt']) await readOrRefuse(path, text);
    }
  });
});

describe('deep nesting and limits are clean refusals naming the line or the flag', () => {
  it.each([
    ['`[` × 5,000', '['.repeat(5000), 1],
    ['`{` × 100,000', '{"a":'.repeat(100_000), 1],
    ['deep nesting on line 3', `{"turns": [\n{"speaker": "A", "text": "hi",\n"x": ${'['.repeat(200)}`, 3],
  ])('JSON %s', async (_name, text, line) => {
    await expectInputError(
      parseString('deep.json', text),
      'deep.json',
      line,
      /expected JSON nested at most 100 levels deep/,
    );
  });

  it('refuses a file over the size limit, naming it and the flag', async () => {
    const error = await readOrRefuse('big.txt', 'Ana: hi\nBo: ho\n'.repeat(1000), { maxFileBytes: 1024 });
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).detail).toBe(
      'expected a transcript of at most 1 KB; got 15 KB (raise the limit with --max-file-mb)',
    );
    const big = await readOrRefuse('big.txt', 'x'.repeat(3 * 1024 * 1024), { maxFileBytes: 2 * 1024 * 1024 });
    expect((big as InputError).detail).toBe(
      'expected a transcript of at most 2 MB; got 3 MB (raise the limit with --max-file-mb)',
    );
  });

  it('refuses a file with more segments than the limit, naming it and the flag', async () => {
    const error = await readOrRefuse('many.txt', 'Ana: hi\nBo: ho\n'.repeat(10), { maxSegments: 5 });
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).detail).toBe(
      'expected at most 5 segments (cues, lines, utterances or words); got more (raise the limit with --max-segments)',
    );
    expect((error as InputError).line).toBe(6);
  });
});
