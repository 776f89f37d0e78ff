import type { Command } from 'commander';
import type { AnswerSlot } from '../../align/schema.ts';
import type { Transcript } from '../../transcript/schema.ts';
import type { CliIo } from '../cli-io.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';

/** `rubricate inspect <transcript>`: how a transcript was read and aligned; no judge is called. */
export function registerInspect(program: Command, io: CliIo, done: (code: ExitCode) => void): void {
  program
    .command('inspect')
    .description(
      'Show how a transcript was read: format, speakers and roles, merged turns and, with a rubric, which turns answer which question. Calls no judge.',
    )
    .argument('<transcript>', 'the transcript file (any supported format)')
    .option('--rubric <file>', 'also align the transcript with this rubric')
    .option('--json', 'print JSON (format, speakers, turns, alignment) instead of text')
    .action(async (path: string, options: { rubric?: string; json?: boolean }) => {
      const { alignAnswers } = await import('../../align/align-answers.ts');
      const { loadRubric } = await import('../../io/load-rubric.ts');
      const { readTranscript } = await import('../../io/read-transcript.ts');
      const transcript = await readTranscript(path, io.cwd);
      const rubric = options.rubric === undefined ? null : loadRubric(options.rubric, io.cwd).rubric;
      const slots = rubric === null ? [] : alignAnswers(transcript, rubric);
      io.stdout(
        options.json
          ? `${JSON.stringify(toInspectJson(transcript, slots, rubric !== null), null, 2)}\n`
          : formatInspect(transcript, slots),
      );
      done(EXIT.ok);
    });
}

/** The CONTRACT.md `inspect --json` shape, plus metadata and the role-inference note. */
export function toInspectJson(transcript: Transcript, slots: readonly AnswerSlot[], withAlignment: boolean) {
  return {
    file: transcript.source.path,
    format: transcript.source.format,
    speakers: transcript.speakers,
    roles: transcript.roles,
    metadata: transcript.metadata,
    warnings: (transcript.warnings ?? []).map((w) => ({
      ...(w.line === undefined ? {} : { line: w.line }),
      message: w.message,
    })),
    turns: transcript.turns.map((t) => ({
      speaker: t.speaker,
      role: t.role,
      text: t.text,
      ...(t.start === undefined ? {} : { start: t.start }),
      ...(t.end === undefined ? {} : { end: t.end }),
    })),
    ...(withAlignment
      ? {
          alignment: slots.map((s) => ({
            question: s.question,
            status: s.status,
            turns: s.turns,
            confidence: Number(s.confidence.toFixed(3)),
            method: s.method,
            ...(s.note === undefined ? {} : { note: s.note }),
          })),
        }
      : {}),
  };
}

function formatInspect(transcript: Transcript, slots: readonly AnswerSlot[]): string {
  const lines = [
    `${transcript.source.path}`,
    `  format:   ${transcript.source.format}`,
    `  speakers: ${transcript.speakers.map((s) => `${s} (${roleOf(transcript, s)})`).join(', ')}`,
    `  roles:    ${transcript.roles.method}${transcript.roles.note ? `: ${transcript.roles.note}` : ''}`,
    `  turns:    ${transcript.turns.length}`,
    ...formatWarnings(transcript),
    '',
  ];
  transcript.turns.forEach((t, i) => {
    const text = t.text.length > 100 ? `${t.text.slice(0, 97)}...` : t.text;
    lines.push(`  [${String(i).padStart(3)}] ${t.speaker} (${t.role}): ${text}`);
  });
  if (slots.length > 0) {
    lines.push('', '  alignment:');
    for (const s of slots) {
      const span = s.turns === null ? '-' : `turns ${s.turns[0]}–${s.turns[1]}`;
      lines.push(
        `  ${s.question.padEnd(5)} ${s.status.padEnd(10)} ${span.padEnd(14)} confidence ${s.confidence.toFixed(2)}${s.note ? `  (${s.note})` : ''}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** What the reader skipped, ignored or guessed, one line each as `file:line: message`. */
function formatWarnings(transcript: Transcript): string[] {
  const warnings = transcript.warnings ?? [];
  if (warnings.length === 0) return [];
  return [
    `  warnings: ${warnings.length}`,
    ...warnings.map((w) => `    ${w.line === undefined ? w.file : `${w.file}:${w.line}`}: ${w.message}`),
  ];
}

function roleOf(transcript: Transcript, speaker: string): string {
  return transcript.turns.find((t) => t.speaker === speaker)?.role ?? 'unknown';
}
