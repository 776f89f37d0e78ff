import { describe, expect, it } from 'vitest';
import { parseTranscript } from './parse-transcript.ts';
import { expectInputError, parseString, readFixture } from './test-helpers.ts';

const fixtureText = (name: string): string => new TextDecoder().decode(readFixture(name));

describe('parseTranscript: plain text and Markdown', () => {
  it('reads `Speaker: text` lines, continuation lines and `[hh:mm:ss]` timestamps', async () => {
    const t = await parseTranscript({ path: 'fixtures/panel.txt', bytes: readFixture('panel.txt') });
    expect(t.id).toBe('panel');
    expect(t.source.format).toBe('text');
    expect(t.speakers).toEqual(['Maria', 'Tom', 'Ken']);
    expect(t.turns).toHaveLength(8);
    expect(t.turns[1]).toEqual({
      speaker: 'Tom',
      role: 'candidate',
      text: 'I have worked on search infrastructure for five years, mostly on ranking and indexing, and this team owns the ranking stack that I admire.',
      start: 6,
      line: 2,
    });
    expect(t.turns.map((turn) => turn.role)).toEqual([
      'interviewer',
      'candidate',
      'interviewer',
      'candidate',
      'interviewer',
      'candidate',
      'interviewer',
      'candidate',
    ]);
    expect(t.roles).toMatchObject({ method: 'inferred', confident: true });
    expect(t.source.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads Markdown labels (in a .txt file: content decides), front matter, and merges one speaker across paragraphs', async () => {
    const t = await parseTranscript({ path: 'x/interview-md.txt', bytes: readFixture('interview-md.txt') });
    expect(t.source.format).toBe('markdown');
    expect(t.metadata).toEqual({
      candidate: 'Jane Doe',
      interviewer: 'Sam Lee',
      date: '2024-05-02',
      position: 'Backend Engineer',
      ratings: { q1: 3 },
    });
    expect(t.turns).toEqual([
      {
        speaker: 'Sam Lee',
        role: 'interviewer',
        text: 'Thanks for joining. Tell me about a system you designed.',
        start: 5,
        line: 12,
      },
      {
        speaker: 'Jane Doe',
        role: 'candidate',
        text: 'Sure. I designed the billing pipeline at Acme. It processed two million events a day. We used Kafka and Postgres.',
        start: 12,
        line: 13,
      },
      { speaker: 'Sam Lee', role: 'interviewer', text: 'How did you handle retries?', line: 17 },
      {
        speaker: 'Jane Doe',
        role: 'candidate',
        text: 'With idempotency keys and exponential backoff.',
        line: 18,
      },
    ]);
    expect(t.roles).toMatchObject({ method: 'metadata', confident: true });
  });

  it('lets the sidecar override embedded metadata key by key', async () => {
    const t = await parseTranscript({
      path: 'interview-md.txt',
      bytes: readFixture('interview-md.txt'),
      sidecar: fixtureText('interview-md.meta.yaml'),
    });
    expect(t.metadata).toMatchObject({
      candidate: 'Jane Doe',
      position: 'Staff Backend Engineer',
      roles: { 'Sam Lee': 'interviewer', 'Jane Doe': 'candidate' },
    });
    expect(t.roles.method).toBe('metadata');
  });

  it('sidecar roles beat what speech suggests', async () => {
    const text = 'Ana: Why?\nBo: Because of a long reason with many words.\n';
    const t = await parseString('call.txt', text, 'roles:\n  Ana: candidate\n  Bo: interviewer\n');
    expect(t.turns.map((turn) => [turn.speaker, turn.role])).toEqual([
      ['Ana', 'candidate'],
      ['Bo', 'interviewer'],
    ]);
  });

  it('gives text before the first label to an unknown speaker', async () => {
    const t = await parseString('call.txt', 'Recorded on Monday.\nAna: Why?\nBo: Because.\n');
    expect(t.speakers).toEqual(['unknown', 'Ana', 'Bo']);
    expect(t.turns[0]).toMatchObject({ speaker: 'unknown', role: 'unknown', text: 'Recorded on Monday.' });
  });

  it.each([
    [
      'prose without labels',
      'call.txt',
      'Just some prose.\nNo labels.',
      1,
      /expected `Speaker: text` lines, speaker header lines with the text below \(`Name {2}0:00`, `\[Name\] 00:00:00`, `Name \(00:00\):`\), a WebVTT header, SRT cues or transcript JSON; no speaker labels recognised \(.*\); got `Just some prose\.`/,
    ],
    ['blank lines then prose', 'call.txt', '\n\nProse here.', 3, /got `Prose here\.`/],
    ['unclosed front matter', 'call.md', '---\ncandidate: Jo\nJo: hi', 1, /closed by a `---` line/],
    [
      'bad YAML in front matter',
      'call.md',
      '---\ncandidate: Jo\nroles: [a\n---\nJo: hi',
      3,
      /expected YAML metadata/,
    ],
    [
      'front matter of the wrong type',
      'call.md',
      '---\ncandidate: Jo\nroles:\n  Jo: boss\n---\nJo: hi',
      4,
      /metadata\.roles\.Jo: Invalid option/,
    ],
    ['front matter that is a list', 'call.md', '---\n- a\n- b\n---\nJo: hi', 2, /in a mapping; got a list/],
    ['labels with no words', 'call.txt', 'Ana:\nBo:\n', undefined, /at least one turn/],
  ])('rejects %s', async (_name, path, text, line, detail) => {
    await expectInputError(parseString(path, text), path, line, detail);
  });

  it('names the sidecar file in sidecar errors', async () => {
    await expectInputError(
      parseString('dir/call.txt', 'Ana: hi', 'ratings: [1'),
      'dir/call.meta.yaml',
      1,
      /expected YAML metadata/,
    );
  });
});
