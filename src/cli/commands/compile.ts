import type { Command } from 'commander';
import type { CliIo } from '../cli-io.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';

interface CompileOptions {
  readonly out?: string;
  readonly check?: boolean;
  readonly strict?: boolean;
}

/** `rubricate compile <rubric>`: rubric file → compiled rubric JSON with the judge prompt per question. */
export function registerCompile(program: Command, io: CliIo, done: (code: ExitCode) => void): void {
  program
    .command('compile')
    .description(
      'Compile a rubric (Markdown, YAML or JSON) into JSON, with the exact judge prompt for each question.',
    )
    .argument('<rubric>', 'the rubric file')
    .option('--out <file>', 'write the compiled JSON to FILE instead of stdout')
    .option('--check', 'print only diagnostics: exit 2 on errors')
    .option('--strict', 'with --check: also exit 1 on warnings')
    .action(async (path: string, options: CompileOptions) => {
      const { writeFileAtomic } = await import('../../io/atomic-write.ts');
      const { readRubricFile } = await import('../../io/load-rubric.ts');
      const { resolvePath } = await import('../../io/resolve-path.ts');
      const { compileQuestionPrompts } = await import('../../prompt/compile-question-prompts.ts');
      const { PROMPT_VERSION } = await import('../../prompt/version.ts');
      const { formatDiagnostic } = await import('../../rubric/format-diagnostic.ts');
      const { rubric, diagnostics } = readRubricFile(path, io.cwd);
      for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      const warnings = diagnostics.length - errors;
      if (rubric === null || errors > 0) {
        io.stderr(`${path}: ${errors} error(s), ${warnings} warning(s): not compiled.\n`);
        return done(EXIT.badInput);
      }
      if (options.check) {
        io.stderr(
          `${path}: ok: ${rubric.questions.length} questions, ${warnings} warning(s), version ${rubric.version}.\n`,
        );
        return done(options.strict && warnings > 0 ? EXIT.gateFailed : EXIT.ok);
      }
      const compiled = { ...rubric, promptVersion: PROMPT_VERSION, prompts: compileQuestionPrompts(rubric) };
      const json = `${JSON.stringify(compiled, null, 2)}\n`;
      if (options.out !== undefined) {
        // A compiled rubric is not personal data: readable like any file the user writes.
        writeFileAtomic(resolvePath(io.cwd, options.out), json, { mode: 0o644 });
        io.stderr(
          `Wrote ${options.out} (${rubric.questions.length} questions, version ${rubric.version}).\n`,
        );
      } else {
        io.stdout(json);
      }
      return done(EXIT.ok);
    });
}
