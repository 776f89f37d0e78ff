import { describe, expect, it } from 'vitest';
import { parseTranscript } from './parse-transcript.ts';
import type { Transcript } from './schema.ts';
import { expectInputError, parseString, readFixture } from './test-helpers.ts';

/** A turn as `[speaker, start, line, text]`; `start` is `undefined` where the file gives no time. */
type Row = readonly [string, number | undefined, number, string];

const rowsOf = (t: Transcript): Row[] =>
  t.turns.map((turn) => [turn.speaker, turn.start, turn.line ?? -1, turn.text]);

const DANA = 'Dana Whitfield';
const FIXTURES: readonly (readonly [string, readonly Row[]])[] = [
  [
    'otter.txt',
    [
      [
        DANA,
        0,
        1,
        'Thanks for making the time today, Priya. To start, can you walk me through a system you designed end to end?',
      ],
      [
        'Priya Raman',
        9,
        4,
        'Sure. At Lumen I led the redesign of our event ingestion pipeline. We were dropping events at peak load, so we moved from a single queue to partitioned Kafka topics. We scaled to 3:00 AM traffic spikes without paging anyone. The other half was idempotent consumers, so replays were safe.',
      ],
      [DANA, 62, 12, 'How did you choose the partition key?'],
      [
        'Priya Raman',
        65,
        15,
        'By tenant id. Note (2020): that was before per-tenant quotas, so one big tenant could still hot-spot a partition.',
      ],
      [DANA, 92, 19, 'What would you do differently?'],
      ['Priya Raman', 95, 22, 'Measure consumer lag per partition from day one.'],
    ],
  ],
  [
    'teams.txt',
    [
      [DANA, 3, 1, 'Good morning, can you hear me okay?'],
      ['Marcus Lee', 7, 4, 'Yes, loud and clear.'],
      [DANA, 11, 7, 'Great. Tell me about a time you disagreed with a technical decision.'],
      [
        'Marcus Lee',
        19,
        10,
        'Our team wanted to adopt a service mesh. I thought it was premature for six services, so I wrote up the costs.',
      ],
      [DANA, 62, 14, 'How did that turn out?'],
      ['Marcus Lee', 66, 17, 'We agreed to revisit it after the migration, and we never needed it.'],
    ],
  ],
  [
    'teams-time-first.txt',
    [
      [DANA, 3, 1, 'Good morning, can you hear me okay?'],
      ['Marcus Lee', 7, 5, 'Yes, loud and clear.'],
      [DANA, 11, 9, 'Great. Tell me about a time you disagreed with a technical decision.'],
      [
        'Marcus Lee',
        19,
        13,
        'Our team wanted to adopt a service mesh. I thought it was premature for six services, so I wrote up the costs. We agreed to revisit it after the migration.',
      ],
      [DANA, 70, 22, 'How did that turn out?'],
      ['Marcus Lee', 74, 26, 'We never needed it.'],
    ],
  ],
  [
    'zoom-transcript.txt',
    [
      // Zoom stamps the time of day (10:00:01): starts count from the first header.
      [DANA, 0, 1, 'Hi Jordan, thanks for joining. Can you hear me?'],
      ['Jordan Alvarez', 4, 4, 'Yes, hi Dana.'],
      [DANA, 8, 7, "Let's start with incident response. Tell me about the worst outage you handled."],
      [
        'Jordan Alvarez',
        17,
        10,
        'A certificate expired on our API gateway at 2:00 AM. Everything returned 502s for forty minutes. Afterwards we automated renewal and added an expiry alert at thirty days.',
      ],
      [DANA, 61, 17, 'What did the postmortem change?'],
    ],
  ],
  [
    'rev.txt',
    [
      [
        'Speaker 1',
        0,
        1,
        'Welcome. This is the interview for the data engineer role. Could you introduce yourself?',
      ],
      [
        'Speaker 2',
        6,
        4,
        "Sure. I'm Wei, and I've spent four years building batch and streaming pipelines. Question: why streaming? Mostly latency for the fraud team.",
      ],
      ['Speaker 1', 31, 8, 'How do you test a pipeline change?'],
      [
        'Speaker 2',
        35,
        11,
        "Unit tests on the transforms, then a shadow run against yesterday's data. Note (2020): we adopted shadow runs after a bad backfill.",
      ],
      ['Speaker 1', 70, 15, 'Thanks. Last one: how do you handle schema changes?'],
      ['Speaker 2', 74, 17, 'A schema registry, and backward-compatible changes only.'],
    ],
  ],
  [
    'meet.txt',
    [
      [DANA, 0, 3, 'Hi Sam, thanks for joining.'],
      ['Sam Ortiz', undefined, 4, 'Happy to be here.'],
      [DANA, undefined, 5, 'Tell me about a hard bug you fixed.'],
      [
        'Sam Ortiz',
        undefined,
        6,
        'A memory leak in our image service. Heap snapshots showed a cache that never evicted. We capped it with an LRU and the pages stopped.',
      ],
      [DANA, undefined, 11, 'How did you confirm the fix?'],
      ['Sam Ortiz', 450, 14, 'Memory stayed flat across a week of traffic.'],
    ],
  ],
  [
    'descript.txt',
    [
      [DANA, 2, 1, 'Thanks for coming in. What drew you to platform work?'],
      [
        'Lee Chen',
        7,
        2,
        'I like building tools other engineers depend on. At my last job I owned the CI system.',
      ],
      [DANA, 20, 4, 'What was the hardest part of that?'],
      [
        'Lee Chen',
        24,
        5,
        'Flaky tests. We quarantined them automatically and tracked a flake rate per team.',
      ],
      [DANA, undefined, 6, 'Good. Our standup is at 10:30'],
    ],
  ],
];

describe('parseTranscript: speaker-header layouts (real tools’ text exports)', () => {
  it.each(FIXTURES)('reads %s: speakers, merged turns, texts, start times and lines', async (name, rows) => {
    const t = await parseTranscript({ path: name, bytes: readFixture(name) });
    expect(t.source.format).toBe('text');
    expect(t.speakers).toEqual([...new Set(rows.map(([speaker]) => speaker))]);
    expect(rowsOf(t)).toEqual(rows);
    expect(t.roles).toMatchObject({ method: 'inferred', confident: true });
    expect(t.turns.map((turn) => turn.role).slice(0, 2)).toEqual(['interviewer', 'candidate']);
  });

  it.each<[string, string, string, readonly Row[]]>([
    [
      'Rev headers with hours, text on the same line',
      'r.txt',
      'Dana Whitfield (00:01:23): Hi, shall we start?\nLee (01:00:02): Yes.\nGo ahead.',
      [
        [DANA, 83, 1, 'Hi, shall we start?'],
        ['Lee', 3602, 2, 'Yes. Go ahead.'],
      ],
    ],
    [
      'Otter past the first hour',
      'o.txt',
      'Ana Li  59:58\nStill there?\n\nBo Chen  1:00:04\nYes.',
      [
        ['Ana Li', 3598, 1, 'Still there?'],
        ['Bo Chen', 3604, 4, 'Yes.'],
      ],
    ],
    [
      'front matter before Otter headers',
      'o.txt',
      '---\ncandidate: Bo Chen\n---\nAna Li  0:00\nWhy?\n\nBo Chen  0:04\nBecause.',
      [
        ['Ana Li', 0, 4, 'Why?'],
        ['Bo Chen', 4, 7, 'Because.'],
      ],
    ],
    [
      'Descript leading timestamps in both bracket styles',
      'd.txt',
      '[00:00:01] Ana: Why?\n(00:00:04) Bo: Because.\n00:00:09 Ana: Thanks.',
      [
        ['Ana', 1, 1, 'Why?'],
        ['Bo', 4, 2, 'Because.'],
        ['Ana', 9, 3, 'Thanks.'],
      ],
    ],
  ])('reads %s', async (_name, path, text, rows) => {
    expect(rowsOf(await parseString(path, text))).toEqual(rows);
  });

  it('reads a Markdown heading above Otter headers as Markdown', async () => {
    const t = await parseString('o.txt', '# Interview\n\nAna Li  0:00\nWhy?\n\nBo Chen  0:04\nBecause.');
    expect(t.source.format).toBe('markdown');
    expect(t.speakers).toEqual(['Ana Li', 'Bo Chen']);
  });

  it.each<[string, string, readonly string[], string]>([
    [
      'a sentence with a clock time inside an Otter turn',
      'Ana Li  0:00\nHow did it go?\n\nBo Chen  0:04\nWe scaled to 3:00 AM traffic\nAround  3:00\nthe pager went off.\n\nAna Li  0:30\nOk.',
      ['Ana Li', 'Bo Chen'],
      'We scaled to 3:00 AM traffic Around 3:00 the pager went off.',
    ],
    [
      'a `Note (2020):` aside in a `Speaker: text` file',
      'Ana: What did the paper say?\nBo: That retries need jitter.\nNote (2020): the authors later revised it.\nAna: Ok.',
      ['Ana', 'Bo'],
      'That retries need jitter. Note (2020): the authors later revised it.',
    ],
    [
      '`Note (20:20):` and `Question:` inside a Rev turn',
      'Speaker 1 (00:00):\nWhy?\n\nSpeaker 2 (00:05):\nQuestion: why not?\nNote (20:20): it was late.\n\nSpeaker 1 (00:09):\nOk.',
      ['Speaker 1', 'Speaker 2'],
      'Question: why not? Note (20:20): it was late.',
    ],
  ])('keeps %s as speech', async (_name, text, speakers, said) => {
    const t = await parseString('x.txt', text);
    expect(t.speakers).toEqual(speakers);
    expect(t.turns[1]?.text).toBe(said);
  });

  it('names the line and the expected layouts when a text has neither labels nor headers', async () => {
    await expectInputError(
      parseString('x.txt', '\nWe scaled to 3:00 AM traffic.\nNote (2020): nothing else.'),
      'x.txt',
      2,
      /speaker header lines with the text below \(`Name {2}0:00`, `\[Name\] 00:00:00`, `Name \(00:00\):`\).*; got `We scaled to 3:00 AM traffic\.`/,
    );
  });
});
