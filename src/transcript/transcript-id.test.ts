import { describe, expect, it } from 'vitest';
import { sidecarPathFor, transcriptIdFor } from './transcript-id.ts';

describe('transcriptIdFor', () => {
  it.each([
    ['zoom/GMT20240124-202901_Recording.transcript.vtt', 'GMT20240124-202901_Recording'],
    ['a/b/call.cc.vtt', 'call'],
    ['interview.json', 'interview'],
    ['C:\\calls\\jane-doe.md', 'jane-doe'],
    ['notes.txt', 'notes'],
    ['plain', 'plain'],
    ['.hidden', '.hidden'],
  ])('%s → %s', (path, id) => {
    expect(transcriptIdFor(path)).toBe(id);
  });
});

describe('sidecarPathFor', () => {
  it.each([
    ['transcripts/jane.transcript.vtt', 'transcripts/jane.meta.yaml'],
    ['jane.md', 'jane.meta.yaml'],
  ])('%s → %s', (path, sidecar) => {
    expect(sidecarPathFor(path)).toBe(sidecar);
  });
});
