import type { ItemResult } from '../../src/aggregate/schema.ts';
import type { Report } from '../../src/report/schema.ts';
import { FIXTURE_REPORT } from './fixture.ts';

const ESC = '\u001b';

/**
 * Text that has broken (or tried to break) a report format somewhere: markup and script, remote
 * images, formula cells, XML terminators, terminal escapes, bidi and zero-width characters,
 * invalid code units. Each lands in every free-text field of a report (see `withPayload`).
 */
export const PAYLOADS: readonly (readonly [string, string])[] = [
  ['script tag', '<script>alert(1)</script>'],
  ['image with handler', '<img src=x onerror=alert(1)>'],
  ['remote image tag', '<img src="https://evil.test/pixel.png">'],
  ['svg onload', '"><svg onload=alert(1)>'],
  ['attribute breakout', `' autofocus onfocus='alert(1)`],
  ['markdown image', '![pixel](https://evil.test/pixel.png)'],
  ['markdown link', '[click me](javascript:alert(1))'],
  ['details breakout', '</b></summary></details><script>alert(1)</script><details><summary>'],
  ['blank line then html', 'x\n\n<iframe src="https://evil.test"></iframe>\n\n'],
  ['entity smuggling', '&lt;script&gt;alert(1)&lt;/script&gt;'],
  ['formula', '=HYPERLINK("https://evil.test","x")'],
  ['formula plus', "+cmd|' /C calc'!A0"],
  ['formula at', '@SUM(1+1)*cmd|'],
  ['formula minus', '-2+3+cmd|'],
  ['formula behind zero-width', '\u200b=1+1'],
  ['formula tab', '\t=1+1'],
  ['cdata end', ']]><injected/>'],
  ['xml invalid', 'nul\u0000 vt\u000b ff\u000c \ufffe\uffff lone\ud800'],
  ['terminal clear and title', `${ESC}[2J${ESC}]0;owned\u0007`],
  ['clipboard write', `${ESC}]52;c;ZWNobyBoaQ==${ESC}\\`],
  ['8-bit csi', '\u009b2J'],
  ['bidi override', 'safe\u202egnp.exe\u202c'],
  ['zero width', 'A\u200bn\u200da\ufeff'],
  ['pipe and newline', 'a | b\nc'],
];

/** Every free-text field of `report` with `payload` appended (so every context gets it). */
export function withPayload(payload: string, report: Report = FIXTURE_REPORT): Report {
  const p = (text: string) => `${text} ${payload}`;
  const rubric = {
    ...report.rubric,
    title: p(report.rubric.title),
    scale: {
      ...report.rubric.scale,
      labels: Object.fromEntries(Object.entries(report.rubric.scale.labels).map(([k, v]) => [k, p(v)])),
    },
    questions: report.rubric.questions.map((q) => ({
      ...q,
      text: p(q.text),
      greenFlags: q.greenFlags.map((f) => ({ ...f, text: p(f.text) })),
      redFlags: q.redFlags.map((f) => ({ ...f, text: p(f.text) })),
    })),
  };
  const items = report.items.map(
    (item): ItemResult => ({
      ...item,
      transcript: p(item.transcript),
      transcriptPath: p(item.transcriptPath),
      key: p(item.key),
      reviewNotes: item.reviewNotes.map(p),
      alignment: { ...item.alignment, answer: p(item.alignment.answer) },
      findings: item.findings.map((f) => ({
        ...f,
        evidence: f.evidence.map((e) => ({ ...e, quote: p(e.quote), judge: p(e.judge) })),
      })),
      verdicts: item.verdicts.map((v) =>
        v.outcome === 'ok'
          ? { ...v, body: { ...v.body, rationale: p(v.body.rationale) } }
          : { ...v, error: p(v.error) },
      ),
    }),
  );
  const manifest = {
    ...report.manifest,
    inputs: report.manifest.inputs.map((input) => ({
      ...input,
      path: p(input.path),
      ...(input.error === undefined ? {} : { error: p(input.error) }),
    })),
  };
  return { ...report, manifest, rubric, items };
}
