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
 * and its licence.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSemevalQuestion, semevalRubric } from '../src/validity/read-semeval.ts';

function main(): void {
  const [input, output] = process.argv.slice(2);
  const at = process.argv.indexOf('--name');
  const name = (at >= 0 ? process.argv[at + 1] : undefined) ?? 'semeval-2013-task7';
  if (input === undefined || output === undefined) {
    throw new Error('usage: convert-semeval.ts <folder of .xml> <out folder> --name NAME');
  }
  const questions = readdirSync(input)
    .filter((file) => file.endsWith('.xml'))
    .sort()
    .flatMap((file) => readSemevalQuestion(readFileSync(join(input, file), 'utf8')) ?? []);
  const modules = [...new Set(questions.map((question) => question.module))].sort();
  const labels = ['transcript,question,gold'];
  const parts = modules.map((module) => {
    const own = questions.filter((question) => question.module === module);
    const folder = `transcripts/${module}`;
    mkdirSync(join(output, folder), { recursive: true });
    writeFileSync(join(output, `rubric-${module}.md`), semevalRubric(module, own));
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
