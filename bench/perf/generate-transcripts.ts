/**
 * Synthetic interview transcripts for the scale and throughput scenarios: every rubric question
 * asked (in the words of a real interviewer from the bundled transcripts, or the rubric's own),
 * answered with 3–9 sentences drawn from what the bundled candidates said to that question, with
 * small talk around it. Seeded: the same count and seed give the same files, byte for byte.
 * Formats rotate (plain text with front matter, text with roles inferred, WebVTT, native JSON),
 * so readers, role inference and alignment all do their real work.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadRubric } from '../../src/io/load-rubric.ts';
import { readTranscript } from '../../src/io/read-transcript.ts';
import { mulberry32 } from '../../src/prompt/mulberry32.ts';
import { planItems } from '../../src/run/plan-items.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FIRST = ['Ana', 'Bo', 'Chidi', 'Dana', 'Eli', 'Fatima', 'Goran', 'Hana', 'Ivo', 'Jun', 'Kofi', 'Lena'];
const LAST = ['Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Silva', 'Tanaka', 'Umar', 'Varga'];
const SMALL_TALK: ReadonlyArray<readonly [string, string]> = [
  ['Hi, thanks for joining. Can you hear me all right?', 'Yes, loud and clear. Thanks for having me.'],
  ["Great. I'll ask about code and design, then leave time for your questions. Sound good?", 'Sounds good.'],
  [
    'Tell me briefly about your current role.',
    'I lead a small team working on order processing and payments.',
  ],
];
const CLOSING: ReadonlyArray<readonly [string, string]> = [
  ['That is all from my side. Any questions for me?', 'How does the team split on-call work?'],
  ['We rotate weekly, with a secondary. Thanks for your time today.', 'Thank you, this was fun.'],
];

/** What the generator draws from: per question, interviewer phrasings and candidate sentences. */
interface Pools {
  readonly questions: ReadonlyArray<{
    readonly asks: readonly string[];
    readonly sentences: readonly string[];
  }>;
}

async function minePools(rubricPath: string): Promise<Pools> {
  const { rubric } = loadRubric(rubricPath, ROOT);
  const dir = join(ROOT, 'transcripts');
  const files = readdirSync(dir).filter((f) => !f.endsWith('.meta.yaml'));
  const transcripts = await Promise.all(files.map((f) => readTranscript(join(dir, f), ROOT)));
  const items = planItems(transcripts, rubric);
  return {
    questions: rubric.questions.map((question) => {
      const mine = items.filter((i) => i.question.id === question.id && i.slot.status === 'answered');
      const asks = mine
        .map((i) => (i.slot.askedAt === null ? undefined : i.transcript.turns[i.slot.askedAt]?.text))
        .filter((t): t is string => t !== undefined && t.length < 400);
      const sentences = mine.flatMap((i) =>
        i.slot.answer
          .split(/(?<=[.!?])\s+/)
          .map((s) => s.trim())
          .filter((s) => s.length > 25 && s.length < 400),
      );
      return { asks: [question.text, ...asks], sentences };
    }),
  };
}

function pick<T>(list: readonly T[], random: () => number): T {
  const value = list[Math.floor(random() * list.length)];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}

/** `count` different entries (fewer if the list is shorter), in random order. */
function pickDistinct<T>(list: readonly T[], count: number, random: () => number): T[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, list.length)) chosen.add(Math.floor(random() * list.length));
  return [...chosen].map((i) => list[i] as T);
}

function transcriptTurns(pools: Pools, random: () => number): Array<readonly ['I' | 'C', string]> {
  const turns: Array<readonly ['I' | 'C', string]> = [];
  for (const [ask, reply] of SMALL_TALK) turns.push(['I', ask], ['C', reply]);
  for (const question of pools.questions) {
    turns.push(['I', pick(question.asks, random)]);
    const count = 3 + Math.floor(random() * 7);
    const answer = pickDistinct(question.sentences, count, random);
    // Some answers come in two turns, with a follow-up in between, as real interviews do.
    if (count > 5 && random() < 0.4) {
      turns.push(['C', answer.slice(0, 3).join(' ')], ['I', 'Can you say more about that?']);
      turns.push(['C', answer.slice(3).join(' ')]);
    } else turns.push(['C', answer.join(' ')]);
  }
  for (const [ask, reply] of CLOSING) turns.push(['I', ask], ['C', reply]);
  return turns;
}

function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(3).padStart(6, '0')}`;
}

function render(index: number, turns: ReturnType<typeof transcriptTurns>, random: () => number) {
  const interviewer = `${pick(FIRST, random)} ${pick(LAST, random)}`;
  let candidate = `${pick(FIRST, random)} ${pick(LAST, random)}`;
  if (candidate === interviewer) candidate = `${candidate} Jr`;
  const who = (role: 'I' | 'C') => (role === 'I' ? interviewer : candidate);
  const name = `interview-${String(index).padStart(5, '0')}`;
  switch (index % 4) {
    case 0: {
      const front = `---\ncandidate: ${candidate}\ninterviewer: ${interviewer}\nroles:\n  ${interviewer}: interviewer\n  ${candidate}: candidate\nposition: Backend Engineer\n---\n\n`;
      return { file: `${name}.txt`, text: front + turns.map(([r, t]) => `${who(r)}: ${t}`).join('\n\n') };
    }
    case 1:
      return { file: `${name}.txt`, text: turns.map(([r, t]) => `${who(r)}: ${t}`).join('\n\n') };
    case 2: {
      let at = 0;
      const cues = turns.map(([r, t]) => {
        const length = 2 + t.length / 15;
        const cue = `${clock(at)} --> ${clock(at + length)}\n<v ${who(r)}>${t}`;
        at += length + 0.5;
        return cue;
      });
      return { file: `${name}.vtt`, text: `WEBVTT\n\n${cues.join('\n\n')}\n` };
    }
    default: {
      const json = {
        metadata: {
          candidate,
          interviewer,
          roles: { [interviewer]: 'interviewer', [candidate]: 'candidate' },
        },
        turns: turns.map(([r, t]) => ({ speaker: who(r), text: t })),
      };
      return { file: `${name}.json`, text: JSON.stringify(json, null, 1) };
    }
  }
}

/**
 * Writes `count` transcripts into `dir` (created), drawn from the bundled transcripts' answers to
 * `rubricPath`'s questions. Returns the total bytes written.
 */
export async function generateTranscripts(
  dir: string,
  count: number,
  options: { readonly seed?: number; readonly rubricPath?: string } = {},
): Promise<number> {
  const pools = await minePools(options.rubricPath ?? join(ROOT, 'rubrics/interview-rubric.md'));
  const random = mulberry32(options.seed ?? 7);
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const { file, text } = render(i, transcriptTurns(pools, random), random);
    writeFileSync(join(dir, file), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
