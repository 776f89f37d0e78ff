import { z } from 'zod';
import { isQuestionLike } from './is-question-like.ts';
import { type KnownRole, matchLabelRoles, matchMetadataRoles } from './match-roles.ts';
import { type Role, RoleInferenceSchema, RoleSchema, type TranscriptMetadata, type Turn } from './schema.ts';
import { UNKNOWN_SPEAKER } from './segment.ts';

/** Each speaker's role, and how the roles were found. */
export const RoleAssignmentSchema = z.object({
  roles: z.record(z.string(), RoleSchema),
  inference: RoleInferenceSchema,
});
export type RoleAssignment = z.infer<typeof RoleAssignmentSchema>;

interface SpeakerStats {
  readonly speaker: string;
  readonly words: number;
  readonly questions: number;
}

/** Words spoken and question-like turns, per named speaker, in order of first appearance. */
function collectStats(turns: readonly Pick<Turn, 'speaker' | 'text'>[]): SpeakerStats[] {
  const stats = new Map<string, SpeakerStats>();
  for (const { speaker, text } of turns) {
    if (speaker === UNKNOWN_SPEAKER) continue;
    const seen = stats.get(speaker) ?? { speaker, words: 0, questions: 0 };
    const words = text.split(/\s+/).filter((w) => w !== '').length;
    stats.set(speaker, {
      speaker,
      words: seen.words + words,
      questions: seen.questions + (isQuestionLike(text) ? 1 : 0),
    });
  }
  return [...stats.values()];
}

const distinct = (turns: readonly Pick<Turn, 'speaker'>[]): string[] => [
  ...new Set(turns.map((t) => t.speaker)),
];

const withNotes = (notes: readonly string[], sentence: string): string => [...notes, sentence].join('; ');

function cannotTell(speakers: readonly string[], notes: readonly string[], why: string): RoleAssignment {
  const roles = Object.fromEntries(speakers.map((s) => [s, 'unknown' as Role]));
  return { roles, inference: { method: 'none', confident: false, note: withNotes(notes, why) } };
}

/** The speaker with the most of `key`, or `undefined` on a tie for first place. */
function top(stats: readonly SpeakerStats[], key: 'words' | 'questions'): SpeakerStats | undefined {
  const sorted = [...stats].sort((a, b) => b[key] - a[key]);
  const [first, second] = sorted;
  return first && second?.[key] === first[key] ? undefined : first;
}

/**
 * Fills in the speakers that evidence (metadata or labels) left open: with no candidate known, the
 * one of them who speaks the most is the candidate; everyone else is on the interviewing side.
 */
function completeRoles(
  speakers: readonly string[],
  stats: readonly SpeakerStats[],
  given: ReadonlyMap<string, KnownRole>,
  method: 'metadata' | 'inferred',
  notes: readonly string[],
): RoleAssignment {
  const roles: Record<string, Role> = Object.fromEntries(speakers.map((s) => [s, given.get(s) ?? 'unknown']));
  const open = stats.filter((s) => !given.has(s.speaker));
  const hasCandidate = [...given.values()].includes('candidate');
  const candidate = hasCandidate ? undefined : (top(open, 'words') ?? open[0]);
  for (const s of open) roles[s.speaker] = s === candidate ? 'candidate' : 'interviewer';
  const source = method === 'metadata' ? 'metadata' : 'speaker labels';
  const said = [...given].map(([speaker, role]) => `${speaker} is ${role}`).join(', ');
  const filled =
    open.length === 0 ? '' : `; taken as ${open.map((s) => `${s.speaker} ${roles[s.speaker]}`).join(', ')}`;
  const confident = open.length === 0 || hasCandidate || open.length === 1;
  return { roles, inference: { method, confident, note: withNotes(notes, `${source}: ${said}${filled}`) } };
}

/**
 * Who is the interviewer and who the candidate. Metadata wins (`roles`, then `candidate` /
 * `interviewer` names matching speaker labels); then labels that say it (`Interviewer`, `Q`/`A`);
 * else speech: the interviewer asks the most questions, the candidate (another speaker) speaks the
 * most words, and other speakers who ask questions are interviewers. When it cannot tell (one
 * speaker, no question, a tie) every role is `unknown` and the note says why.
 */
export function inferRoles(
  turns: readonly Pick<Turn, 'speaker' | 'text'>[],
  metadata: TranscriptMetadata,
): RoleAssignment {
  const speakers = distinct(turns);
  const stats = collectStats(turns);
  const named = stats.map((s) => s.speaker);
  const fromMetadata = matchMetadataRoles(named, metadata);
  if (fromMetadata.assigned.size > 0) {
    return completeRoles(speakers, stats, fromMetadata.assigned, 'metadata', fromMetadata.notes);
  }
  const notes = fromMetadata.notes;
  const fromLabels = matchLabelRoles(named);
  if (fromLabels.size > 0) return completeRoles(speakers, stats, fromLabels, 'inferred', notes);
  if (stats.length === 0) {
    return cannotTell(speakers, notes, 'no speaker labels recognised: roles cannot be told apart');
  }
  if (stats.length < 2) {
    const only = stats[0]?.speaker ?? UNKNOWN_SPEAKER;
    return cannotTell(speakers, notes, `only one speaker label (${only}): roles cannot be told apart`);
  }
  return inferFromSpeech(speakers, stats, notes);
}

/**
 * How strongly a speaker's speech says "interviewer": their share of the questions asked minus
 * their share of the words spoken. An interviewer asks most questions in few words; a podcast
 * guest who asks a few rhetorical questions inside long answers scores low, however many
 * question marks those answers carry.
 */
function askerScore(s: SpeakerStats, questions: number, words: number): number {
  return s.questions / Math.max(1, questions) - s.words / Math.max(1, words);
}

/** The one speaker with the highest value, or `undefined` on a tie for first place. */
function best<T>(items: readonly T[], value: (item: T) => number): T | undefined {
  const sorted = [...items].sort((a, b) => value(b) - value(a));
  const [first, second] = sorted;
  return first && second && value(second) === value(first) ? undefined : first;
}

/**
 * The statistical rule, for two or more named speakers and no other evidence: the interviewer
 * is the speaker whose share of the questions most exceeds their share of the words; the
 * candidate is, of the others, the one who speaks the most words. Confident only when the
 * evidence is one-sided: the interviewer asks at least two questions and twice as many as the
 * candidate, and the candidate speaks more.
 */
function inferFromSpeech(
  speakers: readonly string[],
  stats: readonly SpeakerStats[],
  notes: readonly string[],
): RoleAssignment {
  const names = stats.map((s) => s.speaker).join(', ');
  const total = stats.reduce((sum, s) => sum + s.questions, 0);
  const words = stats.reduce((sum, s) => sum + s.words, 0);
  if (total === 0)
    return cannotTell(speakers, notes, `no speaker asks a question (${names}): roles cannot be told apart`);
  const asker = best(
    stats.filter((s) => s.questions > 0),
    (s) => askerScore(s, total, words),
  );
  if (!asker)
    return cannotTell(
      speakers,
      notes,
      `two speakers ask the most questions alike (${names}): roles cannot be told apart`,
    );
  const candidate = best(
    stats.filter((s) => s !== asker),
    (s) => s.words,
  );
  if (!candidate)
    return cannotTell(
      speakers,
      notes,
      `two speakers besides ${asker.speaker} speak the most words alike: roles cannot be told apart`,
    );
  const roles: Record<string, Role> = Object.fromEntries(speakers.map((s) => [s, 'unknown' as Role]));
  const extra = stats.filter((s) => s !== asker && s !== candidate);
  for (const s of extra) roles[s.speaker] = s.questions > 0 ? 'interviewer' : 'unknown';
  roles[asker.speaker] = 'interviewer';
  roles[candidate.speaker] = 'candidate';
  const confident =
    asker.questions >= 2 && asker.questions >= 2 * candidate.questions && candidate.words > asker.words;
  const percent = (n: number): string => `${Math.round((100 * n) / Math.max(1, words))}%`;
  const outAsked = top(stats, 'questions');
  const note = [
    `${asker.speaker} asks ${asker.questions} of ${total} questions: interviewer`,
    ...(outAsked && outAsked !== asker
      ? [
          `${outAsked.speaker} asks more (${outAsked.questions}) but speaks ${percent(outAsked.words)} of the words, ${asker.speaker} ${percent(asker.words)}`,
        ]
      : []),
    `${candidate.speaker} speaks the most words (${candidate.words}): candidate`,
    ...extra.map(
      (s) => `${s.speaker} ${s.questions > 0 ? 'asks questions: interviewer' : 'asks no question: unknown'}`,
    ),
    ...(confident ? [] : ['the split is not clear-cut: check the roles']),
  ].join('; ');
  return { roles, inference: { method: 'inferred', confident, note: withNotes(notes, note) } };
}
