import { describe, expect, it } from 'vitest';
import { parseRubric } from './parse-rubric.ts';

/** The flags of the one question, as `[kind, text]`, and the diagnostics as `[line, message]`. */
function compile(body: string): { flags: [string, string][]; diagnostics: [number | undefined, string][] } {
  const { rubric, diagnostics } = parseRubric({ path: 'r.md', text: `# T\n\n### 1. Why?\n\n${body}` });
  const question = rubric?.questions[0];
  const flags = [...(question?.greenFlags ?? []), ...(question?.redFlags ?? [])].map(
    (f): [string, string] => [f.kind, f.text],
  );
  return { flags, diagnostics: diagnostics.map((d) => [d.line, d.message]) };
}

const EXPECTED: [string, string][] = [
  ['green', 'Names a trade-off.'],
  ['green', 'Measures first.'],
  ['red', 'Blames the team.'],
  ['red', 'No tests.'],
];

describe('a flag-group label inside a list item or a paragraph still starts its group', () => {
  it.each<[string, string, number]>([
    [
      '`**Red flags:**` on the line right after a green bullet',
      '**Green flags:**\n- Names a trade-off.\n- Measures first.\n**Red flags:**\n- Blames the team.\n- No tests.\n',
      8,
    ],
    [
      '`__Red flags__` after a bullet',
      '**Green flags:**\n- Names a trade-off.\n- Measures first.\n__Red flags__\n- Blames the team.\n- No tests.\n',
      8,
    ],
    [
      '`Red flags:` without bold after a bullet',
      '**Green flags:**\n- Names a trade-off.\n- Measures first.\nRed flags:\n- Blames the team.\n- No tests.\n',
      8,
    ],
    [
      '`**Red Flags**:` indented as a second paragraph of the bullet',
      '**Green flags:**\n- Names a trade-off.\n- Measures first.\n\n  **Red Flags**:\n- Blames the team.\n- No tests.\n',
      9,
    ],
    [
      '`* **Red flags (any):**` under `*` bullets',
      '**Green flags:**\n* Names a trade-off.\n* Measures first.\n**Red flags (any):**\n* Blames the team.\n* No tests.\n',
      8,
    ],
  ])('%s', (_name, body, labelLine) => {
    const { flags, diagnostics } = compile(body);
    expect(flags).toEqual(EXPECTED);
    expect(diagnostics).toEqual([
      [
        labelLine,
        expect.stringMatching(/flag label .* inside a list item: read as the start of the red flags/),
      ],
    ]);
  });

  it('reads text under an inline label as a flag of the new group', () => {
    const { flags } = compile(
      '**Green flags:**\n- Names a trade-off.\n- Measures first.\n**Red flags:**\nBlames the team.\n- No tests.\n',
    );
    expect(flags).toEqual(EXPECTED);
  });

  it('starts the group from a label on the last line of a prose paragraph', () => {
    const { flags, diagnostics } = compile(
      '**Green flags:**\n\n- Names a trade-off.\n- Measures first.\n\nAsk for an example first.\n**Red flags:**\n\n- Blames the team.\n- No tests.\n',
    );
    expect(flags).toEqual(EXPECTED);
    expect(diagnostics).toEqual([
      [11, expect.stringMatching(/inside a paragraph: read as the start of the red flags/)],
    ]);
  });

  it('leaves well-formed rubrics without warnings (blank lines around labels)', () => {
    const { flags, diagnostics } = compile(
      '**Green flags:**\n\n- Names a trade-off.\n- Measures first.\n\n**Red flags:**\n\n- Blames the team.\n- No tests.\n',
    );
    expect(flags).toEqual(EXPECTED);
    expect(diagnostics).toEqual([]);
  });
});
