import { describe, expect, it } from 'vitest';
import { FIXTURE_REPORT } from '../../test/report/fixture.ts';
import { runReviewSession } from './run-review-session.ts';
import type { Decision } from './schema.ts';
import { PLAIN_MARKER } from './terminal-text.ts';

/** Runs a session on the fixture run with scripted answers; null ends the input. */
async function session(answers: readonly (string | null)[], decided: string[] = [], reviewer?: string) {
  const queue = [...answers];
  const prompts: string[] = [];
  const saved: Decision[] = [];
  let out = '';
  let tick = 0;
  const result = await runReviewSession(
    {
      rubric: FIXTURE_REPORT.rubric,
      items: FIXTURE_REPORT.items,
      decided: new Set(decided),
      ...(reviewer === undefined ? {} : { reviewer }),
    },
    {
      readLine: async (prompt) => {
        prompts.push(prompt);
        return queue.length === 0 ? null : (queue.shift() ?? null);
      },
      write: (text) => {
        out += text;
      },
      append: (decision) => saved.push(decision),
      clock: () => new Date(Date.UTC(2025, 0, 1, 12, 0, tick++)),
      marker: PLAIN_MARKER,
    },
  );
  return { result, prompts, saved, out };
}

const hashOf = (id: string) => FIXTURE_REPORT.rubric.questions.find((q) => q.id === id)?.hash;

describe('runReviewSession', () => {
  it('asks the name once, then decides the queue in order: accept, note + rate, not asked, mis-located', async () => {
    const { result, saved, prompts } = await session([
      '',
      '  Zoë Ölçer ',
      'a',
      '7',
      'x',
      'a',
      't',
      'judges failed; the answer is fine',
      '3',
      'N',
      'm',
      's',
      'q',
    ]);
    expect(prompts.filter((p) => p.startsWith('Your name'))).toHaveLength(2);
    expect(saved).toEqual([
      {
        item: 'bob-okafor#q1',
        decision: 'accept',
        reviewer: 'Zoë Ölçer',
        at: '2025-01-01T12:00:00.000Z',
        questionHash: hashOf('q1'),
      },
      {
        item: 'bob-okafor#q2',
        decision: 'rate',
        rating: 3,
        reviewer: 'Zoë Ölçer',
        note: 'judges failed; the answer is fine',
        at: '2025-01-01T12:00:01.000Z',
        questionHash: hashOf('q2'),
      },
      {
        item: 'alice-chen#q2',
        decision: 'not_asked',
        reviewer: 'Zoë Ölçer',
        at: '2025-01-01T12:00:02.000Z',
        questionHash: hashOf('q2'),
      },
      {
        item: 'alice-chen#q4',
        decision: 'mislocated',
        reviewer: 'Zoë Ölçer',
        at: '2025-01-01T12:00:03.000Z',
        questionHash: hashOf('q4'),
      },
    ]);
    expect(result).toEqual({ decided: 4, skipped: 1, remaining: 2, quit: true });
  });

  it('explains wrong keys and refuses to accept a failed item’s missing rating', async () => {
    const { out, saved } = await session(['7', 'maybe', 'a', '2'], ['bob-okafor#q1'], 'Ann');
    expect(out).toContain('Expected a rating 1–4, got 7.');
    expect(out).toContain('Expected a, 1–4, n, m, t, s or q, got `maybe`');
    expect(out).toContain('The judges gave no rating to accept here');
    expect(saved.map((d) => [d.item, d.decision, d.rating])).toEqual([['bob-okafor#q2', 'rate', 2]]);
  });

  it('resumes past decided items, and the end of input quits without losing what was saved', async () => {
    const decided = ['bob-okafor#q1', 'bob-okafor#q2', 'alice-chen#q2'];
    const { result, saved, out } = await session(['a', null], decided, 'Ann');
    expect(out).toMatch(/^6 item\(s\) in the review queue, 3 already decided, 3 to go\./);
    expect(saved.map((d) => d.item)).toEqual(['alice-chen#q4']);
    expect(result).toEqual({ decided: 1, skipped: 0, remaining: 2, quit: true });
  });

  it('shows the question, why it is queued, the answer with evidence marked, findings and verdicts, inert', async () => {
    const { out } = await session(['q'], [], 'Ann');
    expect(out).toContain('── 1 of 6 · bob-okafor#q1');
    expect(out).toContain('Injection suspected');
    expect(out).toContain('Judges:');
    expect(out).toContain('<script>alert("pwned")</script>');
    expect(out).not.toContain('\u001b');
  });

  it('ends at once when there is nothing left to decide', async () => {
    const all = FIXTURE_REPORT.items.filter((item) => item.needsReview).map((item) => item.key);
    const { result, prompts } = await session([], all);
    expect(prompts).toEqual([]);
    expect(result).toEqual({ decided: 0, skipped: 0, remaining: 0, quit: false });
  });
});
