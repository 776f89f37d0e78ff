import type { FlagRef, QuestionChange, QuestionRef, RubricDiff } from './diff-schema.ts';
import { canonicalRule, canonicalScale, normaliseWhitespace } from './hash-rubric.ts';
import type { Flag, Question, Rubric } from './schema.ts';

export { formatRubricDiff } from './format-rubric-diff.ts';

const questionRef = (q: Question): QuestionRef => ({ id: q.id, text: q.text, hash: q.hash });
const flagRef = (f: Flag): FlagRef => ({ id: f.id, kind: f.kind, text: f.text, hash: f.hash });

/**
 * Pairs flags first by content hash (so inserting a flag does not make every later, renumbered
 * flag look changed), then by id; what stays unpaired was added or removed.
 */
function diffFlags(
  before: readonly Flag[],
  after: readonly Flag[],
): Pick<QuestionChange, 'addedFlags' | 'removedFlags' | 'changedFlags'> {
  const left = [...before];
  const right: Flag[] = [];
  for (const flag of after) {
    const same = left.findIndex((f) => f.hash === flag.hash);
    if (same === -1) right.push(flag);
    else left.splice(same, 1);
  }
  const changedFlags: QuestionChange['changedFlags'] = [];
  const addedFlags: FlagRef[] = [];
  for (const flag of right) {
    const same = left.findIndex((f) => f.id === flag.id);
    const old = left[same];
    if (old === undefined) {
      addedFlags.push(flagRef(flag));
      continue;
    }
    left.splice(same, 1);
    changedFlags.push({ id: flag.id, before: flagRef(old), after: flagRef(flag) });
  }
  return { addedFlags, removedFlags: left.map(flagRef), changedFlags };
}

function diffQuestion(before: Question, after: Question): QuestionChange {
  return {
    id: after.id,
    before: questionRef(before),
    after: questionRef(after),
    textChanged: normaliseWhitespace(before.text) !== normaliseWhitespace(after.text),
    ...diffFlags([...before.greenFlags, ...before.redFlags], [...after.greenFlags, ...after.redFlags]),
  };
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Which questions and flags were added, removed or changed between two rubrics. Questions are
 * matched by id; a question changed when its content hash differs.
 */
export function diffRubrics(a: Rubric, b: Rubric): RubricDiff {
  const before = new Map(a.questions.map((q) => [q.id, q]));
  const after = new Map(b.questions.map((q) => [q.id, q]));
  const changedQuestions = b.questions.flatMap((q) => {
    const old = before.get(q.id);
    return old === undefined || old.hash === q.hash ? [] : [diffQuestion(old, q)];
  });
  return {
    from: { id: a.id, version: a.version },
    to: { id: b.id, version: b.version },
    versionChanged: a.version !== b.version,
    addedQuestions: b.questions.filter((q) => !before.has(q.id)).map(questionRef),
    removedQuestions: a.questions.filter((q) => !after.has(q.id)).map(questionRef),
    changedQuestions,
    scaleChanged: !sameJson(canonicalScale(a.scale), canonicalScale(b.scale)),
    ruleChanged: !sameJson(canonicalRule(a.rule), canonicalRule(b.rule)),
  };
}

/**
 * Whether anything a judge reads changed: a question or flag added, removed or edited, the scale
 * or the rating rule, or anything else the version hash covers (question order, aliases).
 */
export function hasChanges(diff: RubricDiff): boolean {
  return (
    diff.versionChanged ||
    diff.addedQuestions.length + diff.removedQuestions.length + diff.changedQuestions.length > 0 ||
    diff.scaleChanged ||
    diff.ruleChanged
  );
}
