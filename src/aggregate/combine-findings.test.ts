import { describe, expect, it } from 'vitest';
import type { FlagStatus, JudgeVerdict } from '../judge/schema.ts';
import type { Question } from '../rubric/schema.ts';
import { combineFindings, judgeLabel } from './combine-findings.ts';

type OkVerdict = Extract<JudgeVerdict, { outcome: 'ok' }>;

const question: Question = {
  id: 'q2',
  number: 2,
  section: null,
  text: 'Tell me about a time you disagreed with a teammate.',
  greenFlags: [{ id: 'q2.g1', kind: 'green', text: 'Listens first', hash: 'a' }],
  redFlags: [{ id: 'q2.r1', kind: 'red', text: 'Blames others', hash: 'b' }],
  aliases: [],
  hash: 'q',
};
const answer = 'I listened first, then we wrote down both options.';

function verdict(judge: string, sample: number, g1: FlagStatus | null, quotes: string[] = []): OkVerdict {
  return {
    outcome: 'ok',
    judge,
    model: 'm',
    sample,
    body: {
      findings: g1 === null ? [] : [{ flag: 'q2.g1', status: g1, evidence: quotes }],
      injectionSuspected: false,
      rationale: '',
      rating: 3,
    },
  };
}

describe('combineFindings', () => {
  it.each<[string, (FlagStatus | null)[], FlagStatus, boolean]>([
    ['unanimous present', ['present', 'present', 'present'], 'present', false],
    ['2 of 3 absent', ['absent', 'present', 'absent'], 'absent', false],
    ['1–1 split', ['present', 'absent'], 'unclear', true],
    ['three-way split', ['present', 'absent', 'unclear'], 'unclear', true],
    ['skipped by both judges → unclear by majority', [null, null], 'unclear', false],
    ['one present, one skipped → split', ['present', null], 'unclear', true],
    ['single judge', ['present'], 'present', false],
  ])('%s', (_, statuses, expected, isSplit) => {
    const panel = statuses.map((s, i) => verdict(`j${i}`, 0, s));
    const { findings, split } = combineFindings(question, panel, answer);
    const g1 = findings.find((f) => f.flag === 'q2.g1');
    expect(g1?.status).toBe(expected);
    expect(split.includes('q2.g1')).toBe(isSplit);
    expect((g1?.votes.present ?? 0) + (g1?.votes.absent ?? 0) + (g1?.votes.unclear ?? 0)).toBe(
      statuses.length,
    );
  });

  it('returns one finding per rubric flag, greens first, with kind and text', () => {
    const { findings } = combineFindings(question, [verdict('a', 0, 'present')], answer);
    expect(findings.map((f) => [f.flag, f.kind, f.text])).toEqual([
      ['q2.g1', 'green', 'Listens first'],
      ['q2.r1', 'red', 'Blames others'],
    ]);
  });

  it('ignores findings for flags the rubric does not have', () => {
    const invented = verdict('a', 0, 'present');
    const withExtra: OkVerdict = {
      ...invented,
      body: {
        ...invented.body,
        findings: [...invented.body.findings, { flag: 'q2.g9', status: 'present', evidence: [] }],
      },
    };
    const { findings } = combineFindings(question, [withExtra], answer);
    expect(findings.map((f) => f.flag)).toEqual(['q2.g1', 'q2.r1']);
  });

  it('verifies every quote against the answer and labels it with judge and sample', () => {
    const panel = [
      verdict('a', 0, 'present', ['I LISTENED FIRST']),
      verdict('a', 1, 'present', ['I always listen first']),
    ];
    const g1 = combineFindings(question, panel, answer).findings[0];
    expect(g1?.evidence).toEqual([
      { quote: 'I LISTENED FIRST', judge: 'a', verified: true },
      { quote: 'I always listen first', judge: 'a#1', verified: false },
    ]);
  });
});

describe('judgeLabel', () => {
  it('adds the sample index only after the first sample', () => {
    expect(judgeLabel(verdict('openai:m', 0, null))).toBe('openai:m');
    expect(judgeLabel(verdict('openai:m', 2, null))).toBe('openai:m#2');
  });
});
