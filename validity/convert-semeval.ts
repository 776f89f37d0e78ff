/**
 * Converts the SemEval-2013 Task 7 Student Response Analysis XML (SciEntsBank or Beetle; 2-, 3-
 * or 5-way labels) into a validity set: per module one rubric (a question per XML file, its
 * reference answers as green flags, "Answer is off-topic or empty." as the red flag, any one green
 * flag making an answer strong), per student one transcript in which the interviewer reads each
 * question verbatim and the student answers, and `labels.csv` with the graders' label as a number.
 *
 *   node --import tsx validity/convert-semeval.ts <folder of .xml> <out folder> --name NAME
 *
 * The corpus is not redistributed by this repository; see validity/README.md for where to get it
 * and its licence. The XML is regular and machine-written, so a few patterns read it.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Graders' labels as numbers: higher is better; the 5-way scheme's order follows its guidelines. */
const GOLD: Readonly<Record<string, number>> = {
  correct: 3,
  partially_correct_incomplete: 2,
  contradictory: 1,
  incorrect: 0,
  irrelevant: 0,
  non_domain: 0,
};

interface Question {
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

function readQuestion(xml: string): Question | null {
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

function rubricOf(module: string, questions: readonly Question[]): string {
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

function main(): void {
  const [input, output] = process.argv.slice(2);
  const name = process.argv[process.argv.indexOf('--name') + 1] ?? 'semeval-2013-task7';
  if (input === undefined || output === undefined) {
    throw new Error('usage: convert-semeval.ts <folder of .xml> <out folder> --name NAME');
  }
  const questions = readdirSync(input)
    .filter((file) => file.endsWith('.xml'))
    .sort()
    .flatMap((file) => readQuestion(readFileSync(join(input, file), 'utf8')) ?? []);
  const modules = [...new Set(questions.map((question) => question.module))].sort();
  const labels = ['transcript,question,gold'];
  const parts = modules.map((module) => {
    const own = questions.filter((question) => question.module === module);
    const folder = `transcripts/${module}`;
    mkdirSync(join(output, folder), { recursive: true });
    writeFileSync(join(output, `rubric-${module}.md`), rubricOf(module, own));
    const students = [
      ...new Set(own.flatMap((question) => question.answers.map((answer) => answer.student))),
    ].sort();
    for (const student of students) {
      const lines: string[] = [];
      own.forEach((question, index) => {
        for (const answer of question.answers.filter((candidate) => candidate.student === student)) {
          lines.push(
            `Interviewer: ${question.text}`,
            `Candidate: ${answer.text === '' ? '(no answer)' : answer.text}`,
            '',
          );
          labels.push(`${student},q${index + 1},${answer.gold}`);
        }
      });
      writeFileSync(join(output, folder, `${student}.txt`), lines.join('\n'));
    }
    return { rubric: `rubric-${module}.md`, transcripts: folder };
  });
  writeFileSync(join(output, 'labels.csv'), `${labels.join('\n')}\n`);
  const set = {
    name,
    source: 'SemEval-2013 Task 7 Student Response Analysis corpus (Dzikovska et al., 2013)',
    licence: 'see LICENSE beside this file',
    gold: "graders' label: correct 3, partially correct 2, contradictory 1, incorrect/irrelevant/non-domain 0",
    parts,
    labels: 'labels.csv',
  };
  writeFileSync(join(output, 'set.json'), `${JSON.stringify(set, null, 2)}\n`);
  console.log(
    `${questions.length} questions, ${labels.length - 1} answers, ${modules.length} modules → ${output}`,
  );
}

main();
