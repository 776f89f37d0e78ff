import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_READ_LIMITS } from '../transcript/limits.ts';
import { streamTranscripts } from './read-transcripts.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('streamTranscripts', () => {
  it('says how many files it found before it reads the first, counting those that cannot be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rubricate-stream-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'a.txt'), 'Interviewer: Why this job?\nCandidate: Because I like it.\n');
    writeFileSync(join(dir, 'b.json'), '{ not json');
    writeFileSync(
      join(dir, 'c.txt'),
      'Interviewer: Tell me about a failure.\nCandidate: A release slipped.\n',
    );
    const events: string[] = [];
    for await (const read of streamTranscripts([dir], dir, {
      maxFiles: 10,
      limits: DEFAULT_READ_LIMITS,
      warn: () => undefined,
      onFound: (files) => events.push(`found ${files}`),
    }))
      events.push(`${read.input.status} ${read.input.path.split('/').pop()}`);
    expect(events).toEqual(['found 3', 'ok a.txt', 'failed b.json', 'ok c.txt']);
  });
});
