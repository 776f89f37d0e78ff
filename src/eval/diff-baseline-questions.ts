import type { Rubric } from '../rubric/schema.ts';
import type { Baseline, BaselineQuestion } from './schema.ts';

/** Each question's content hash and its flags' hashes, as a baseline keeps them. */
export function fingerprintQuestions(rubric: Rubric): Record<string, BaselineQuestion> {
  return Object.fromEntries(
    rubric.questions.map((q) => [
      q.id,
      {
        hash: q.hash,
        flags: Object.fromEntries([...q.greenFlags, ...q.redFlags].map((f) => [f.id, f.hash])),
      },
    ]),
  );
}

/** One question that differs from the baseline's rubric. */
export interface QuestionChangeSummary {
  readonly question: string;
  readonly change: 'added' | 'removed' | 'changed';
  /** For `changed`: flag ids added, removed, or with new content; `text` when the question itself changed. */
  readonly flags: { readonly added: string[]; readonly removed: string[]; readonly changed: string[] };
  readonly textChanged: boolean;
}

/** The rubric against the baseline's: `known` false when the baseline predates question hashes. */
export interface BaselineQuestionDiff {
  readonly known: boolean;
  readonly versionChanged: boolean;
  readonly questions: QuestionChangeSummary[];
}

/**
 * Which questions changed since the baseline, by content hash (question ids match questions).
 * A question whose hash differs but whose flags all match changed its own text (or aliases).
 * Baselines written before question hashes were kept only say whether the rubric version moved.
 */
export function diffBaselineQuestions(baseline: Baseline, rubric: Rubric): BaselineQuestionDiff {
  const versionChanged = baseline.rubricVersion !== rubric.version;
  if (baseline.questions === undefined) return { known: false, versionChanged, questions: [] };
  const before = baseline.questions;
  const after = fingerprintQuestions(rubric);
  const none = { added: [], removed: [], changed: [] };
  const questions: QuestionChangeSummary[] = [];
  for (const [id, now] of Object.entries(after)) {
    const old = Object.hasOwn(before, id) ? before[id] : undefined;
    if (old === undefined) {
      questions.push({ question: id, change: 'added', flags: none, textChanged: false });
      continue;
    }
    if (old.hash === now.hash) continue;
    const flags = {
      added: Object.keys(now.flags).filter((f) => !Object.hasOwn(old.flags, f)),
      removed: Object.keys(old.flags).filter((f) => !Object.hasOwn(now.flags, f)),
      changed: Object.keys(now.flags).filter(
        (f) => Object.hasOwn(old.flags, f) && old.flags[f] !== now.flags[f],
      ),
    };
    const flagsSame = flags.added.length + flags.removed.length + flags.changed.length === 0;
    questions.push({ question: id, change: 'changed', flags, textChanged: flagsSame });
  }
  for (const id of Object.keys(before)) {
    if (!Object.hasOwn(after, id))
      questions.push({ question: id, change: 'removed', flags: none, textChanged: false });
  }
  const order = new Intl.Collator('en', { numeric: true }).compare;
  return { known: true, versionChanged, questions: questions.sort((a, b) => order(a.question, b.question)) };
}

/** A change in words: "added", "removed", "text changed", "flags: ~q3.g2, +q3.r3". */
export function describeQuestionChange(change: QuestionChangeSummary): string {
  if (change.change !== 'changed') return change.change;
  const parts = [
    ...change.flags.changed.map((f) => `~${f}`),
    ...change.flags.added.map((f) => `+${f}`),
    ...change.flags.removed.map((f) => `−${f}`),
  ];
  return parts.length === 0 ? 'question text changed' : `flags ${parts.join(', ')}`;
}
