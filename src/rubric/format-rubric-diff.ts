import type { FlagRef, RubricDiff } from './diff-schema.ts';

const flagLine = (sign: string, f: FlagRef): string => `    ${sign} ${f.id} (${f.kind}) ${f.text}`;

/** A rubric diff as text for a terminal (no trailing newline): `+` added, `-` removed, `~` changed. */
export function formatRubricDiff(diff: RubricDiff): string {
  const head = diff.versionChanged
    ? `rubric ${diff.to.id}: version ${diff.from.version} → ${diff.to.version}`
    : `rubric ${diff.to.id}: no changes (version ${diff.to.version})`;
  const lines = [head];
  for (const q of diff.addedQuestions) lines.push(`+ ${q.id} ${q.text}`);
  for (const q of diff.removedQuestions) lines.push(`- ${q.id} ${q.text}`);
  for (const q of diff.changedQuestions) {
    lines.push(`~ ${q.id} ${q.after.text}`);
    if (q.textChanged) lines.push(`    text was: ${q.before.text}`);
    lines.push(...q.addedFlags.map((f) => flagLine('+', f)), ...q.removedFlags.map((f) => flagLine('-', f)));
    for (const f of q.changedFlags) lines.push(flagLine('~', f.after), `        was: ${f.before.text}`);
  }
  if (diff.scaleChanged) lines.push('~ rating scale changed');
  if (diff.ruleChanged) lines.push('~ rating rule changed');
  const count = diff.addedQuestions.length + diff.removedQuestions.length + diff.changedQuestions.length;
  if (diff.versionChanged && count === 0 && !diff.scaleChanged && !diff.ruleChanged) {
    lines.push('  (question order or aliases changed)');
  }
  return lines.join('\n');
}
