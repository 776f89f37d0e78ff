import { describe, expect, it } from 'vitest';
import { codeFences } from './code-fences.ts';

describe('codeFences', () => {
  const text = 'Intro ```\ncode a\n``` between ```\ncode b\n``` after ``` unclosed';
  const fences = codeFences(text);
  const at = (s: string) => text.indexOf(s);

  it('names the fence that opens the block a range lies in', () => {
    expect(fences.openingBefore(at('code a'), at('code a') + 6)).toBe(at('```'));
    expect(fences.openingBefore(at('code b'), at('code b') + 6)).toBe(text.indexOf('```', at('between')));
  });

  it('says nothing between blocks, before the first, or in a block never closed', () => {
    expect(fences.openingBefore(at('Intro'), at('Intro') + 5)).toBeUndefined();
    expect(fences.openingBefore(at('between'), at('between') + 7)).toBeUndefined();
    expect(fences.openingBefore(at('unclosed'), at('unclosed') + 8)).toBeUndefined();
  });

  it('reads a text without fences', () => {
    expect(codeFences('no code here').openingBefore(0, 4)).toBeUndefined();
  });
});
