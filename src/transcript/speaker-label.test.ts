import { describe, expect, it } from 'vitest';
import { readClockTime } from './read-clock-time.ts';
import { isSpeakerLabel, splitLabelledLine } from './speaker-label.ts';

describe('splitLabelledLine', () => {
  it.each([
    ['Jane Doe: Hello there', { speaker: 'Jane Doe', text: 'Hello there', markdown: false }],
    ['Dr. Melissa Ko: and I will', { speaker: 'Dr. Melissa Ko', text: 'and I will', markdown: false }],
    [
      'interviewer: lower-case role word',
      { speaker: 'interviewer', text: 'lower-case role word', markdown: false },
    ],
    ['Speaker 1: hi', { speaker: 'Speaker 1', text: 'hi', markdown: false }],
    ['SPEAKER_00: hi', { speaker: 'SPEAKER_00', text: 'hi', markdown: false }],
    ['Q: Why?', { speaker: 'Q', text: 'Why?', markdown: false }],
    ['**Sam Lee:** Thanks', { speaker: 'Sam Lee', text: 'Thanks', markdown: true }],
    ['**Sam Lee**: Thanks', { speaker: 'Sam Lee', text: 'Thanks', markdown: true }],
    ['__Sam__: Thanks', { speaker: 'Sam', text: 'Thanks', markdown: true }],
    ['- **Sam:** listed', { speaker: 'Sam', text: 'listed', markdown: true }],
    ['[00:01:23] Sam: timed', { speaker: 'Sam', text: 'timed', start: 83, markdown: false }],
    ['00:01:23 Sam: bare time', { speaker: 'Sam', text: 'bare time', start: 83, markdown: false }],
    ['Sam [01:02]: after label', { speaker: 'Sam', text: 'after label', start: 62, markdown: false }],
    ['Sam (1:00:02.5): paren', { speaker: 'Sam', text: 'paren', start: 3602.5, markdown: false }],
    ['**Sam:** [00:00:05] after colon', { speaker: 'Sam', text: 'after colon', start: 5, markdown: true }],
    ['Sam: 10:30 works for me', { speaker: 'Sam', text: '10:30 works for me', markdown: false }],
    ['Ludwig van Beethoven: hi', { speaker: 'Ludwig van Beethoven', text: 'hi', markdown: false }],
    ['Sam:', { speaker: 'Sam', text: '', markdown: false }],
    ['李雷: 你好', { speaker: '李雷', text: '你好', markdown: false }],
  ])('%s', (line, expected) => {
    expect(splitLabelledLine(line)).toEqual(expected);
  });

  it.each([
    'no label here',
    'The key points were: latency and cost',
    'At 10:30 we met',
    'Okay, so: we shipped it',
    'See https://example.com for more',
    'One Two Three Four Five Six: too many words',
    'Why not: because',
  ])('%s has no label', (line) => {
    expect(splitLabelledLine(line)).toBeUndefined();
  });
});

describe('isSpeakerLabel', () => {
  it.each([
    ['Jane', true],
    ['Hiring Manager (Sam)', true],
    ['jane', false],
    ['', false],
    ['Who, me', false],
  ])('%s → %s', (label, expected) => {
    expect(isSpeakerLabel(label)).toBe(expected);
  });
});

describe('readClockTime', () => {
  it.each([
    ['[00:01:23]', 83],
    ['(01:02)', 62],
    ['1:02:03.250', 3723.25],
    ['[00:00:01,5]', 1.5],
    ['[00:61]', undefined],
    ['[00:01', undefined],
    ['abc', undefined],
  ])('%s → %s', (token, seconds) => {
    expect(readClockTime(token)).toBe(seconds);
  });
});
