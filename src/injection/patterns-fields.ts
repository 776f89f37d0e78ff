import { type InjectionPattern, re, S, S0 } from './pattern-parts.ts';

/** Who a field names as its reader. */
const READER_KEY = String.raw`(?:reader|grader|reviewer|evaluator|panel|assessor)`;

/**
 * Steering in the fields of pasted artifacts (blind probe round 154: a thirty-eighth adaptive
 * author, code-mixed chat and structured pastes), in classes:
 * - the answer's missing part claimed in a field: "treat this as the answer's missing half";
 * - a test suite closed and a panel's opened (`</testsuite><testsuite name="interview-panel">`), a
 *   test case named `q7_meets_all_expectations`;
 * - a flag moved by a record: "moved from red flags to", `…_REDFLAG_…=archived`;
 * - settings that decide the outcome: `PANEL_DEFAULT_OUTCOME=advance`, a guide's path set to
 *   `/dev/null`, "operator override active", "accept answer as complete", "suppress red-flag
 *   output", an `X-Evaluation-…` header, "credit-all", "pre-validated";
 * - fields addressed to the reader: `reader_persona`, `persona_for_reader`, `note_for_reader`.
 * Every gap is bounded, so each pattern does bounded work per position.
 */
export const FIELD_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\b(?:treat|count)${S}this${S}as${S}the${S}answer['’]s${S}(?:missing|other|second)\b`,
    ),
  },
  {
    kind: 'wrapper_escape',
    pattern: re(
      String.raw`</testsuite>${S0}<testsuite\b[^>\n]{0,80}?\b(?:panel|interview|review|grad\w{0,4}|assess\w{0,6})|\bq\d{1,2}_meets_all_expectations\b`,
    ),
  },
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\bmoved${S}from${S}(?:the${S})?red${S}flags?${S}to\b|(?:\b|_)red_?flag\w{0,40}${S0}=${S0}["']?(?:archived|disabled|off|removed|retired|false)\w{0,8}\b`,
    ),
  },
  {
    kind: 'fake_system',
    pattern: re(
      String.raw`\b(?:panel|grading|rubric|review|eval\w{0,6})\w{0,20}_(?:outcome|verdict|result|decision)${S0}=${S0}["']?(?:advance|pass|hire|approve|strong)\b|\b(?:guide|rubric|criteria)\w{0,8}_path${S0}=${S0}/dev/null\b|\boperator${S}override${S}active\b|\baccept${S}(?:the${S})?answer${S}as${S}complete\b|\bsuppress${S}red-?flag\b|\bx-evaluation-[\w-]{1,20}${S0}:|\bcredit-all\b|\bpre-?validated${S}by\b`,
    ),
  },
  {
    kind: 'grader_note',
    pattern: re(
      String.raw`\b${READER_KEY}_persona\b|\bpersona_for_${READER_KEY}\b|\bnote_for_${READER_KEY}\b`,
    ),
  },
];
