import type { FlagStatus, JudgeVerdict } from '../judge/schema.ts';
import type { Question } from '../rubric/schema.ts';
import type { AggregatedFinding } from './schema.ts';
import { createEvidenceCheck } from './verify-evidence.ts';

type OkVerdict = Extract<JudgeVerdict, { outcome: 'ok' }>;

/** Majority flag status per flag over the panel's verdicts; `split` lists flags with no majority. */
export function combineFindings(
  question: Question,
  panel: readonly OkVerdict[],
  answer: string,
): { findings: AggregatedFinding[]; split: string[] } {
  const split: string[] = [];
  const flags = [...question.greenFlags, ...question.redFlags];
  const verified = createEvidenceCheck(answer);
  const findings = flags.map((flag): AggregatedFinding => {
    const votes = { present: 0, absent: 0, unclear: 0 };
    const evidence: AggregatedFinding['evidence'] = [];
    for (const verdict of panel) {
      const finding = verdict.body.findings.find((f) => f.flag === flag.id);
      // A judge that skipped a flag has not found it: that is an `unclear` vote, never a pass.
      votes[finding?.status ?? 'unclear'] += 1;
      for (const quote of finding?.evidence ?? []) {
        evidence.push({ quote, judge: judgeLabel(verdict), verified: verified(quote) });
      }
    }
    const status = majorityStatus(votes, panel.length);
    if (status === null) split.push(flag.id);
    return { flag: flag.id, kind: flag.kind, text: flag.text, status: status ?? 'unclear', votes, evidence };
  });
  return { findings, split };
}

/** `judge` plus the sample index when a judge was sampled more than once. */
export function judgeLabel(verdict: JudgeVerdict): string {
  return verdict.sample === 0 ? verdict.judge : `${verdict.judge}#${verdict.sample}`;
}

function majorityStatus(votes: Record<FlagStatus, number>, total: number): FlagStatus | null {
  for (const status of ['present', 'absent', 'unclear'] as const) {
    if (votes[status] * 2 > total) return status;
  }
  return null;
}
