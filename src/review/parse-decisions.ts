import { type DecisionIssue, DecisionSchema, type LocatedDecision } from './schema.ts';

/** What a decisions file holds: the well-formed decisions and one issue per bad line. */
export interface ParsedDecisions {
  readonly decisions: LocatedDecision[];
  readonly issues: DecisionIssue[];
}

/**
 * Reads `decisions.jsonl`: one JSON object per line, blank lines skipped (a BOM and CRLF line ends
 * are tolerated, as files pass through editors). Every malformed line becomes an issue naming it,
 * and parsing goes on, so one pass reports them all.
 */
export function parseDecisions(text: string): ParsedDecisions {
  const decisions: LocatedDecision[] = [];
  const issues: DecisionIssue[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((raw, index) => {
      const line = index + 1;
      const body = raw.replace(/\r$/, '');
      if (body.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(body);
      } catch (error) {
        issues.push({ line, message: `expected one JSON object per line: ${(error as Error).message}` });
        return;
      }
      const parsed = DecisionSchema.safeParse(value);
      if (parsed.success) {
        decisions.push({ line, decision: parsed.data });
        return;
      }
      const described = parsed.error.issues.map((issue) => {
        const where = issue.path.length > 0 ? `\`${issue.path.join('.')}\`` : 'the line';
        return `${where}: ${issue.message}`;
      });
      issues.push({
        line,
        message: `expected a decision {item, decision, rating?, reviewer, note?, at, questionHash?}; ${described.join('; ')}`,
      });
    });
  return { decisions, issues };
}
