import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { alignAnswers } from '../../src/align/align-answers.ts';
import type { AnswerSlot } from '../../src/align/schema.ts';
import { parseTranscript } from '../../src/transcript/parse-transcript.ts';
import { sidecarPathFor } from '../../src/transcript/transcript-id.ts';
import { loadInterviewRubric } from './rubric-fixture.ts';

/**
 * End-to-end accuracy of the aligner on the bundled sample interviews against the human answer
 * key: a question counts as right when it was asked and its slot is `answered` with the quote
 * inside the span's answer, or when it was not asked and the slot is `not_asked`.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GOLD_PATH = `${ROOT}test/fixtures/alignment/gold.json`;
const MIN_ACCURACY = 0.9;

const GoldSchema = z.record(
  z.string(),
  z.record(
    z.string(),
    z.union([
      z.object({ asked: z.literal(true), answerQuote: z.string().min(1) }).loose(),
      z.object({ asked: z.literal(false) }).loose(),
    ]),
  ),
);

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Why a slot disagrees with the gold, or null when it agrees. */
function judgeSlot(
  slot: AnswerSlot | undefined,
  gold: { asked: boolean; answerQuote?: string },
): string | null {
  if (slot === undefined) return 'no slot';
  if (!gold.asked)
    return slot.status === 'not_asked' ? null : `not asked, but ${slot.status} at turn ${slot.askedAt}`;
  if (slot.status !== 'answered') return `asked, but ${slot.status} (${slot.note ?? ''})`;
  if (squash(slot.answer).includes(squash(gold.answerQuote ?? ''))) return null;
  return `span ${JSON.stringify(slot.turns)} (asked at ${slot.askedAt}) misses "${gold.answerQuote}"`;
}

describe('alignment accuracy on the bundled sample interviews', () => {
  it(`aligns at least ${MIN_ACCURACY * 100}% of (transcript, question) items like the gold`, async () => {
    const gold = GoldSchema.parse(JSON.parse(readFileSync(GOLD_PATH, 'utf8')));
    const rubric = loadInterviewRubric();
    let right = 0;
    let total = 0;
    const misses: string[] = [];
    for (const [file, questions] of Object.entries(gold)) {
      const path = `${ROOT}transcripts/${file}`;
      const sidecarPath = sidecarPathFor(path);
      const transcript = await parseTranscript({
        path,
        bytes: readFileSync(path),
        ...(existsSync(sidecarPath) ? { sidecar: readFileSync(sidecarPath, 'utf8') } : {}),
      });
      const slots = alignAnswers(transcript, rubric);
      for (const [question, expected] of Object.entries(questions)) {
        total += 1;
        const miss = judgeSlot(
          slots.find((slot) => slot.question === question),
          expected,
        );
        if (miss === null) right += 1;
        else misses.push(`${file} ${question}: ${miss}`);
      }
    }
    const accuracy = right / total;
    console.log(`alignment accuracy ${right}/${total} = ${accuracy.toFixed(3)}\n${misses.join('\n')}`);
    expect(total).toBe(Object.keys(gold).length * rubric.questions.length);
    expect(accuracy).toBeGreaterThanOrEqual(MIN_ACCURACY);
  });
});
