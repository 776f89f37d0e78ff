import { type Role, type Transcript, TranscriptSchema } from '../../src/transcript/schema.ts';

/** A turn as tests write it: `['I', text]` interviewer, `['C', text]` candidate, `['?', text]` unknown. */
export type TestTurn = readonly ['I' | 'C' | '?', string];

const ROLES: Record<TestTurn[0], Role> = { I: 'interviewer', C: 'candidate', '?': 'unknown' };
const SPEAKERS: Record<TestTurn[0], string> = { I: 'Dana', C: 'Sam', '?': 'Speaker' };

/** A schema-valid transcript from a list of turns. */
export function makeTranscript(turns: readonly TestTurn[], id = 'test'): Transcript {
  const unknown = turns.some(([who]) => who === '?');
  return TranscriptSchema.parse({
    id,
    source: { path: `${id}.txt`, format: 'text', hash: 'test-hash' },
    metadata: {},
    speakers: [...new Set(turns.map(([who]) => SPEAKERS[who]))],
    turns: turns.map(([who, text]) => ({ speaker: SPEAKERS[who], role: ROLES[who], text })),
    roles: unknown
      ? { method: 'none', confident: false, note: 'roles unknown' }
      : { method: 'metadata', confident: true },
  });
}
