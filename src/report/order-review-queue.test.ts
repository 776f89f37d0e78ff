import { describe, expect, it } from 'vitest';
import { FIXTURE_REPORT } from '../../test/report/fixture.ts';
import { orderReviewQueue } from './order-review-queue.ts';

describe('orderReviewQueue', () => {
  it('keeps items needing review, by priority descending', () => {
    expect(orderReviewQueue(FIXTURE_REPORT.items).map((item) => item.key)).toEqual([
      'bob-okafor#q1',
      'bob-okafor#q2',
      'alice-chen#q2',
      'alice-chen#q4',
      'bob-okafor#q3',
      'carol-diaz#q1',
    ]);
  });

  it('breaks priority ties by key and leaves the input alone', () => {
    const items = FIXTURE_REPORT.items
      .filter((item) => item.needsReview)
      .map((item) => ({ ...item, reviewPriority: 1 }))
      .reverse();
    const before = items.map((item) => item.key);
    const keys = orderReviewQueue(items).map((item) => item.key);
    expect(keys).toEqual([...keys].sort());
    expect(items.map((item) => item.key)).toEqual(before);
  });
});
