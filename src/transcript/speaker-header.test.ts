import { describe, expect, it } from 'vitest';
import {
  isHeaderName,
  type LineHeaderStyle,
  readHeaderLine,
  readTimeNameHeader,
  readTimestampLine,
  splitTrailingTime,
} from './speaker-header.ts';

describe('readHeaderLine', () => {
  it.each<[string, LineHeaderStyle, { speaker: string; start: number; text: string } | undefined]>([
    ['Dana Whitfield  0:00', 'name-time', { speaker: 'Dana Whitfield', start: 0, text: '' }],
    ['Dana Whitfield   1:02:03', 'name-time', { speaker: 'Dana Whitfield', start: 3723, text: '' }],
    ['Speaker 1\t12:05', 'name-time', { speaker: 'Speaker 1', start: 725, text: '' }],
    ['  Priya Raman  0:09  ', 'name-time', { speaker: 'Priya Raman', start: 9, text: '' }],
    ['Dana Whitfield 0:00', 'name-time', undefined],
    ['We scaled to  3:00', 'name-time', undefined],
    ['Dana Whitfield  0:75', 'name-time', undefined],
    ['2020  0:00', 'name-time', undefined],
    ['[Dana Whitfield] 10:00:01', 'bracket-name-time', { speaker: 'Dana Whitfield', start: 36001, text: '' }],
    ['[Dana Whitfield] 10:00:01 hello', 'bracket-name-time', undefined],
    ['[see below] 10:00', 'bracket-name-time', undefined],
    ['Speaker 1 (00:00):', 'name-paren-time', { speaker: 'Speaker 1', start: 0, text: '' }],
    ['Dana Whitfield (00:01:23):', 'name-paren-time', { speaker: 'Dana Whitfield', start: 83, text: '' }],
    [
      'Dana Whitfield (00:01:23): Hi there',
      'name-paren-time',
      { speaker: 'Dana Whitfield', start: 83, text: 'Hi there' },
    ],
    ['Dana [01:02]:', 'name-paren-time', { speaker: 'Dana', start: 62, text: '' }],
    ['Note (2020): as shown', 'name-paren-time', undefined],
    ['We met (10:30): late', 'name-paren-time', undefined],
    ['Dana Whitfield (00:01:23)', 'name-paren-time', undefined],
  ])('%j as %s', (line, style, expected) => {
    expect(readHeaderLine(line, style)).toEqual(
      expected === undefined ? undefined : { ...expected, span: 1 },
    );
  });
});

describe('readTimeNameHeader', () => {
  it.each<[string, { speaker: string; start: number } | undefined]>([
    ['0:03\nDana Whitfield\nGood morning.', { speaker: 'Dana Whitfield', start: 3 }],
    ['[00:01:00]\nSpeaker 2\nhello', { speaker: 'Speaker 2', start: 60 }],
    ['0:03\nDana Whitfield\n\nGood morning.', undefined],
    ['0:03\nDana Whitfield: Good morning.\nmore', undefined],
    ['0:03\nOkay then.\nmore', undefined],
    ['0:03\n0:04\nmore', undefined],
    ['0:03\nDana Whitfield\n0:05', undefined],
    ['Dana\nDana\ntext', undefined],
  ])('%j', (text, expected) => {
    const header = readTimeNameHeader(text.split('\n'), 0);
    expect(header).toEqual(expected === undefined ? undefined : { ...expected, text: '', span: 2 });
  });
});

describe('readTimestampLine', () => {
  it.each([
    ['00:01:23', 83],
    ['[00:01:23]', 83],
    ['  (1:23) ', 83],
    ['0:03', 3],
    ['[00:01:23', undefined],
    ['00:01:23 hello', undefined],
    ['12', undefined],
  ])('%j → %s', (line, seconds) => {
    expect(readTimestampLine(line)).toBe(seconds);
  });
});

describe('splitTrailingTime', () => {
  it.each([
    ['What drew you here? [00:00:02]', { text: 'What drew you here?', start: 2 }],
    ['Hard part? (00:20)', { text: 'Hard part?', start: 20 }],
    ['Flaky tests. 00:00:24', { text: 'Flaky tests.', start: 24 }],
    ['Standup is at 10:30', { text: 'Standup is at 10:30' }],
    ['Standup is at [10:30', { text: 'Standup is at [10:30' }],
    ['no time', { text: 'no time' }],
  ])('%j', (text, expected) => {
    expect(splitTrailingTime(text)).toEqual(expected);
  });
});

describe('isHeaderName', () => {
  it.each([
    ['Dana Whitfield', true],
    ['Speaker 1', true],
    ['interviewer', true],
    ['SPEAKER_00', true],
    ['2020', false],
    ['12:30', false],
    ['We scaled to', false],
    ['Note (2020)', false],
    ['One Two Three Four Five Six', false],
  ])('%j → %s', (name, expected) => {
    expect(isHeaderName(name)).toBe(expected);
  });
});
