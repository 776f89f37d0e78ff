import type { TranscriptMetadata } from './schema.ts';

/** A role a speaker can be given on evidence (metadata or label); `unknown` is what is left. */
export type KnownRole = 'interviewer' | 'candidate';

/** Roles found for some speakers, and sentences about what could not be matched. */
export interface RoleMatches {
  readonly assigned: ReadonlyMap<string, KnownRole>;
  readonly notes: readonly string[];
}

/** Case, punctuation and spacing do not tell names apart: `Dr. Ko` ≈ `dr ko`. */
const normalizeName = (name: string): string =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The one speaker label a metadata name refers to: equal, else (when unique) word-contained (`Jane` ~ `Jane Doe`). */
function findSpeaker(name: string, speakers: readonly string[], loose: boolean): string | undefined {
  const wanted = normalizeName(name);
  if (wanted === '') return undefined;
  const equal = speakers.filter((s) => normalizeName(s) === wanted);
  if (equal.length === 1 || !loose) return equal.length === 1 ? equal[0] : undefined;
  const wantedWords = wanted.split(' ');
  const contained = speakers.filter((s) => {
    const words = normalizeName(s).split(' ');
    const [short, long] = words.length <= wantedWords.length ? [words, wantedWords] : [wantedWords, words];
    return short.every((w) => long.includes(w));
  });
  return contained.length === 1 ? contained[0] : undefined;
}

/**
 * Roles the metadata gives: `roles` (speaker → role) first, then the `candidate` and
 * `interviewer` names where they match a speaker label. Names that match none are noted.
 */
export function matchMetadataRoles(speakers: readonly string[], metadata: TranscriptMetadata): RoleMatches {
  const assigned = new Map<string, KnownRole>();
  const notes: string[] = [];
  for (const [name, role] of Object.entries(metadata.roles ?? {})) {
    const speaker = findSpeaker(name, speakers, false);
    if (speaker === undefined) notes.push(`metadata roles name \`${name}\`, but no speaker label matches it`);
    else assigned.set(speaker, role);
  }
  for (const role of ['candidate', 'interviewer'] as const) {
    const name = metadata[role];
    if (name === undefined) continue;
    const speaker = findSpeaker(name, speakers, true);
    if (speaker === undefined)
      notes.push(`metadata names ${role} \`${name}\`, but no speaker label matches it`);
    else if (!assigned.has(speaker)) assigned.set(speaker, role);
  }
  return { assigned, notes };
}

const INTERVIEWER_LABEL =
  /^(?:interviewer|host|recruiter|moderator|panelist|hiring manager|q|question|entrevistador|entrevistadora|intervieweur|intervieweuse|recruteur|recruteuse|интервьюер|ведущий|面试官|主持人|招聘官)s?(?:\s|$)/u;
const CANDIDATE_LABEL =
  /^(?:candidate|interviewee|applicant|candidato|candidata|entrevistado|entrevistada|candidat|candidate|кандидат|候选人|应聘者|求职者)(?:\s|$)/u;

/**
 * Roles that speaker labels spell out: `Interviewer`, `Interviewer 2`, `Host`, `Candidate`,
 * `Interviewee`, and the same in Spanish, French, Russian and Chinese (`Entrevistadora`,
 * `Recruteur`, `Кандидат`, `面试官`); `Q`/`A` pairs. A lone `A` is not a hint: ASR tools label speakers A, B, C.
 */
export function matchLabelRoles(speakers: readonly string[]): ReadonlyMap<string, KnownRole> {
  const normalized = speakers.map(normalizeName);
  const hasQ = normalized.some((s) => s === 'q' || s === 'question');
  const assigned = new Map<string, KnownRole>();
  speakers.forEach((speaker, i) => {
    const name = normalized[i] ?? '';
    if (INTERVIEWER_LABEL.test(name)) assigned.set(speaker, 'interviewer');
    else if (CANDIDATE_LABEL.test(name) || (hasQ && (name === 'a' || name === 'answer'))) {
      assigned.set(speaker, 'candidate');
    }
  });
  return assigned;
}
