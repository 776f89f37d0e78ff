import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.ts';
import { parseFormats } from './parse-formats.ts';

describe('parseFormats', () => {
  it.each<[string, string[]]>([
    ['md,html,json', ['md', 'html', 'json']],
    ['csv', ['csv']],
    [' MD , junit ', ['md', 'junit']],
    ['md,md,html,md', ['md', 'html']],
    ['junit,,csv,', ['junit', 'csv']],
    ['md,html,json,csv,junit', ['md', 'html', 'json', 'csv', 'junit']],
  ])('%j → %j', (list, expected) => {
    expect(parseFormats(list)).toEqual(expected);
  });

  it.each(['', ' , ', 'pdf', 'md,pdf', 'markdown'])('rejects %j, listing the valid formats', (list) => {
    expect(() => parseFormats(list)).toThrow(UsageError);
    try {
      parseFormats(list);
    } catch (error) {
      const { message } = error as UsageError;
      expect(message).toContain('--format');
      expect(message).toContain(`\`${list}\``);
      for (const known of ['md', 'html', 'json', 'csv', 'junit']) expect(message).toContain(known);
    }
  });
});
