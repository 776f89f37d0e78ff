import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';
import { readCaptionCues } from './read-captions.ts';
import { WarningLog } from './reader-warnings.ts';

/**
 * The WebVTT parser test suites of the W3C reference parser (w3c/webvtt.js, with the WPT cue
 * text trees) and of Mozilla's vtt.js, vendored with their licences: every file the reference
 * parsers read to cues must give the same cues (times and text, entities decoded). See
 * test/fixtures/transcripts/webvtt-suites/README.md for how the expectations were made.
 */
const SUITES = new URL('../../test/fixtures/transcripts/webvtt-suites/', import.meta.url);

interface Cue {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Whitespace does not separate turns or words differently, so it is compared collapsed. */
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
const normalized = (cues: readonly Cue[]): Cue[] =>
  [...cues]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((c) => ({ start: c.start, end: c.end, text: squash(c.text) }));

function readCues(suite: string, name: string): Cue[] {
  const bytes = readFileSync(new URL(`${suite}/${name}`, SUITES));
  const text = decodeText(bytes, name, new WarningLog(name));
  return readCaptionCues(text, new WarningLog(name));
}

describe.each(['w3c', 'mozilla'])('WebVTT conformance: %s suite', (suite) => {
  const expected = JSON.parse(readFileSync(new URL(`${suite}/expected.json`, SUITES), 'utf8')) as Record<
    string,
    Cue[]
  >;
  it('vendors every file it expects, and only those', () => {
    const files = readdirSync(new URL(`${suite}/`, SUITES)).filter((f) => f.endsWith('.vtt'));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });
  it.each(Object.keys(expected))('%s: the reference parser’s cues', (name) => {
    expect(normalized(readCues(suite, name))).toEqual(normalized(expected[name] ?? []));
  });
});
