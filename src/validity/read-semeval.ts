/**
 * Reading the SemEval-2013 Task 7 Student Response Analysis XML (SciEntsBank, Beetle) into
 * questions with graded answers, and writing a question set as a rubric. Used by
 * `validity/convert-semeval.ts`. The XML is regular and machine-written, so a few patterns read it.
 */
/** Graders' labels as numbers: higher is better; the 5-way scheme's order follows its guidelines. */
const GOLD: Readonly<Record<string, number>> = {
  correct: 3,
  partially_correct_incomplete: 2,
  contradictory: 1,
  incorrect: 0,
  irrelevant: 0,
  non_domain: 0,
};

/** One question file: its text, reference answers and graded student answers. */
export interface SemevalQuestion {
  readonly id: string;
  readonly module: string;
  readonly text: string;
  readonly references: readonly string[];
  readonly answers: ReadonlyArray<{ readonly student: string; readonly text: string; readonly gold: number }>;
}

const decode = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** Student of an answer id: SciEntsBank `EM.45b.110.1` → `EM-110`; Beetle `…sbj3-l1.qa193` → `sbj3-l1`. */
function studentOf(id: string, module: string): string {
  const beetle = /\.(sbj[\w-]+)\.qa\d+$/.exec(id)?.[1];
  if (beetle !== undefined) return `${module}-${beetle}`;
  const parts = id.split('.');
  return `${module}-${parts[parts.length - 2] ?? id}`;
}

/** One question file, or null when it is not a question file. */
export function readSemevalQuestion(xml: string): SemevalQuestion | null {
  const head = /<question\b[^>]*>/.exec(xml)?.[0];
  const text = /<questionText>([\s\S]*?)<\/questionText>/.exec(xml)?.[1];
  if (head === undefined || text === undefined) return null;
  const module = attribute(head, 'module') ?? 'module';
  const references = [...xml.matchAll(/<referenceAnswer\b[^>]*>([\s\S]*?)<\/referenceAnswer>/g)].map((m) =>
    decode(m[1] ?? ''),
  );
  const answers = [...xml.matchAll(/<studentAnswer\b([^>]*)>([\s\S]*?)<\/studentAnswer>/g)].flatMap((m) => {
    const gold = GOLD[attribute(m[1] ?? '', 'accuracy') ?? ''];
    const id = attribute(m[1] ?? '', 'id');
    return gold === undefined || id === undefined
      ? []
      : [{ student: studentOf(id, module), text: decode(m[2] ?? ''), gold }];
  });
  return { id: attribute(head, 'id') ?? 'question', module, text: decode(text), references, answers };
}

/** A module's questions as a Markdown rubric in which any one reference answer makes an answer strong. */
export function semevalRubric(module: string, questions: readonly SemevalQuestion[]): string {
  const body = questions.map((question, index) =>
    [
      `## ${index + 1}. ${question.text}`,
      '',
      '**Green flags:**',
      '',
      ...question.references.map((reference) => `- ${reference}`),
      '',
      '**Red flags:**',
      '',
      '- Answer is off-topic or empty.',
      '',
    ].join('\n'),
  );
  return [
    '---',
    `id: ${module.toLowerCase()}`,
    `title: ${module}`,
    'rule:',
    '  strongMinGreen: 1',
    '---',
    '',
    `# ${module}`,
    '',
    ...body,
  ].join('\n');
}
