import { describe, expect, it } from 'vitest';
import { anchorItem } from './anchor-item.ts';

describe('anchorItem', () => {
  it.each([
    ['alice-chen#q1', 'item-alice-chen_23_q1'],
    ['a b"<x>', 'item-a_20_b_22__3c_x_3e_'],
    ['😀#q1', 'item-_1f600__23_q1'],
  ])('%j → %j', (key, id) => {
    expect(anchorItem(key)).toBe(id);
  });

  it('never maps two keys to one id', () => {
    expect(anchorItem('a_23_b')).not.toBe(anchorItem('a#b'));
  });
});
