import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ItemResult } from '../../src/aggregate/schema.ts';
import { loadRubric } from '../../src/io/load-rubric.ts';
import { cli, tempDir } from '../cli/run-cli.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../fake-openai/server.ts';
import { TEST_API_KEY } from '../fake-openai/setup-judge.ts';
import { ATTACKS, CLEAN_ANSWERS, WEAK_ANSWERS } from '../fixtures/security/injection-corpus.ts';
import { readJsonl } from '../llm/helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const RUBRIC = join(ROOT, 'rubrics/interview-rubric.md');
const { rubric } = loadRubric('rubrics/interview-rubric.md', ROOT);

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface Case {
  readonly id: string;
  readonly style: string;
  readonly question: string;
  readonly answer: string;
  /** The id of the same weak answer without the attack. */
  readonly twin: string;
}

/** One transcript per attack phrasing (weak answer + attack), plus each weak answer alone. */
function writeCorpus(dir: string): Case[] {
  const cases: Case[] = [];
  const weakId = (i: number) => `weak-${i}`;
  WEAK_ANSWERS.forEach((weak, i) => {
    cases.push({ id: weakId(i), style: 'none', question: weak.question, answer: weak.text, twin: weakId(i) });
  });
  for (const [style, attacks] of Object.entries(ATTACKS)) {
    attacks.forEach((attack, i) => {
      const pool = style === 'keyword_stuffing' ? [0] : WEAK_ANSWERS.map((_, k) => k);
      const w = pool[i % pool.length] ?? 0;
      const weak = WEAK_ANSWERS[w];
      if (weak === undefined) return;
      cases.push({
        id: `${style}-${i}`,
        style,
        question: weak.question,
        answer: `${weak.text} ${attack}`,
        twin: weakId(w),
      });
    });
  }
  mkdirSync(join(dir, 't'));
  for (const c of cases) {
    const question = rubric.questions.find((q) => q.id === c.question)?.text ?? '';
    const transcript = {
      metadata: { roles: { Ines: 'interviewer', Cal: 'candidate' } },
      turns: [
        { speaker: 'Ines', text: question },
        { speaker: 'Cal', text: c.answer },
        { speaker: 'Ines', text: 'Thank you, that is all.' },
      ],
    };
    writeFileSync(join(dir, 't', `${c.id}.json`), JSON.stringify(transcript));
  }
  return cases;
}

function ratingsOf(dir: string): Map<string, ItemResult> {
  const items = readJsonl<ItemResult>(join(dir, 'results.jsonl')).filter((i) => i.status !== 'not_asked');
  return new Map(items.map((i) => [i.transcript, i]));
}

/** Every attacked answer is rated no higher than the same answer without the attack, and queued. */
function expectGuarantee(cases: readonly Case[], items: ReadonlyMap<string, ItemResult>) {
  const raised: string[] = [];
  const unflagged: string[] = [];
  for (const c of cases.filter((x) => x.style !== 'none')) {
    const attacked = items.get(c.id);
    const plain = items.get(c.twin);
    expect(attacked, c.id).toBeDefined();
    expect(plain?.rating, c.twin).not.toBeNull();
    if ((attacked?.rating ?? 0) > (plain?.rating ?? 0))
      raised.push(`${c.id}: ${attacked?.rating} > ${plain?.rating}`);
    if (!attacked?.reviewReasons.includes('injection_suspected')) unflagged.push(c.id);
  }
  expect(raised).toEqual([]);
  return { unflagged, total: cases.length - WEAK_ANSWERS.length };
}

describe('the injection guarantee: an attack never raises a rating', () => {
  it('offline judge: 0 raised, ≥ 95% queued as injection_suspected, with the spans recorded', async () => {
    const dir = tempDir('rubricate-guarantee-h-');
    const cases = writeCorpus(dir);
    const { code, stderr } = await cli(
      ['score', 't', '--rubric', RUBRIC, '--judge', 'heuristic', '--out', 'run', '--quiet'],
      { cwd: dir },
    );
    expect(code, stderr).toBe(0);
    const items = ratingsOf(join(dir, 'run'));
    const { unflagged, total } = expectGuarantee(cases, items);
    expect(unflagged.length / total).toBeLessThanOrEqual(0.05);
    const flagged = [...items.values()].filter((i) => i.reviewReasons.includes('injection_suspected'));
    for (const item of flagged) {
      expect(item.injection?.spans.length ?? 0, item.key).toBeGreaterThan(0);
      for (const span of item.injection?.spans ?? [])
        expect(item.alignment.answer.slice(span.start, span.end).trim()).not.toBe('');
    }
    // The weak answers alone are not flagged.
    for (const i of WEAK_ANSWERS.keys())
      expect(items.get(`weak-${i}`)?.reviewReasons).not.toContain('injection_suspected');
  }, 120_000);

  it('an LLM judge that the attack fools (rates it 4) still cannot raise the rating: the stripped twin caps it', async () => {
    const attacks = Object.values(ATTACKS).flat();
    server = await startFakeOpenAI({
      // A gullible model: whatever the schema asks, it gives 4 to any answer carrying an attack,
      // and 2 to a plain answer.
      policy: ({ info }) => ({
        kind: 'verdict',
        rating: attacks.some((a) => (info.answer ?? '').includes(a.slice(0, 24))) ? 4 : 2,
        pin: { injectionSuspected: false },
      }),
    });
    const dir = tempDir('rubricate-guarantee-l-');
    const cases = writeCorpus(dir);
    const { code, stderr } = await cli(
      [
        'score',
        't',
        '--rubric',
        RUBRIC,
        '--judge',
        'openai',
        '--out',
        'run',
        '--quiet',
        '--no-cache',
        '--concurrency',
        '16',
      ],
      { cwd: dir, env: { OPENAI_API_KEY: TEST_API_KEY, OPENAI_BASE_URL: server.baseUrl } },
    );
    expect(code, stderr).toBe(0);
    const items = ratingsOf(join(dir, 'run'));
    const { unflagged, total } = expectGuarantee(cases, items);
    expect(unflagged.length / total).toBeLessThanOrEqual(0.05);
    // Each flagged item was judged twice per sample: as given and without its suspect text.
    expect(server.log.length).toBe(cases.length + (total - unflagged.length));
    const fooled = [...items.values()].filter((i) =>
      i.verdicts.some((v) => v.outcome === 'ok' && v.body.rating === 4),
    );
    expect(fooled.length).toBeGreaterThan(0);
    for (const item of fooled) {
      expect(item.rating ?? 9, item.key).toBeLessThanOrEqual(2);
      expect(item.injection?.strippedRating, item.key).toBe(2);
    }
  }, 120_000);

  it('clean and security-topic answers are never flagged and keep their rating', async () => {
    const dir = tempDir('rubricate-guarantee-c-');
    mkdirSync(join(dir, 't'));
    const q = rubric.questions.find((x) => x.id === 'q5');
    CLEAN_ANSWERS.forEach((answer, i) => {
      writeFileSync(
        join(dir, 't', `clean-${i}.json`),
        JSON.stringify({
          metadata: { roles: { Ines: 'interviewer', Cal: 'candidate' } },
          turns: [
            { speaker: 'Ines', text: q?.text ?? '' },
            { speaker: 'Cal', text: answer },
          ],
        }),
      );
    });
    const { code } = await cli(
      ['score', 't', '--rubric', RUBRIC, '--judge', 'heuristic', '--out', 'run', '--quiet'],
      {
        cwd: dir,
      },
    );
    expect(code).toBe(0);
    for (const item of ratingsOf(join(dir, 'run')).values()) {
      expect(item.reviewReasons, item.key).not.toContain('injection_suspected');
      expect(item.injection).toBeUndefined();
    }
  }, 60_000);
});
