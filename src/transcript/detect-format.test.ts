import { describe, expect, it } from 'vitest';
import { classifyJson, detectFormat } from './detect-format.ts';

describe('detectFormat', () => {
  it.each([
    ['WebVTT', 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nhi\n', undefined, 'webvtt'],
    [
      'WebVTT with title and BOM',
      '\uFEFFWEBVTT - call\n\n1\n00:01.000 --> 00:02.000\nhi',
      undefined,
      'webvtt',
    ],
    ['SRT', '1\n00:00:01,000 --> 00:00:02,000\nhi\n', 'x.txt', 'srt'],
    ['SRT with CRLF', '1\r\n00:00:01,000 --> 00:00:02,000\r\nhi\r\n', undefined, 'srt'],
    ['header-less cues in a .vtt file', '00:00:01.000 --> 00:00:02.000\nhi\n', 'call.vtt', 'webvtt'],
    ['plain text', 'Ana: hi\nBo: hello', undefined, 'text'],
    ['plain text named .vtt (content wins)', 'Ana: hi\nBo: hello', 'call.vtt', 'text'],
    ['plain lines in a .md file', 'Ana: hi\nBo: hello', 'call.md', 'markdown'],
    ['Markdown labels', '**Ana:** hi\n**Bo:** hello', 'call.txt', 'markdown'],
    ['Markdown heading', '# Call\n\nAna: hi', undefined, 'markdown'],
    ['front matter then text', '---\ncandidate: Bo\n---\nAna: hi', undefined, 'text'],
    ['native JSON', '{"turns": []}', undefined, 'native'],
    ['native JSON list', '[{"speaker": "A", "text": "hi"}]', undefined, 'native'],
    ['Whisper', '{"text": "hi", "segments": []}', undefined, 'whisper'],
    ['AssemblyAI', '{"text": "hi", "words": [], "utterances": null}', undefined, 'assemblyai'],
    ['Deepgram', '{"metadata": {}, "results": {"channels": []}}', 'x.txt', 'deepgram'],
    ['unknown JSON', '{"foo": 1}', undefined, null],
    ['broken JSON', '{"turns": [', undefined, null],
    ['prose without labels', 'Just some prose.\nMore prose.', undefined, null],
    ['empty', '', undefined, null],
  ])('%s', (_name, text, hint, format) => {
    expect(detectFormat(text, hint)).toBe(format);
  });
});

describe('classifyJson', () => {
  it.each([
    [null, null],
    [42, null],
    [{ results: 'x' }, null],
    [{ utterances: [] }, 'assemblyai'],
  ])('%j → %s', (value, format) => {
    expect(classifyJson(value)).toBe(format);
  });
});
