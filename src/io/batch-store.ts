import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BatchStore } from '../batch/batch-book.ts';
import { type BatchState, BatchStateSchema, EMPTY_BATCH_STATE } from '../batch/schema.ts';
import { InputError } from '../errors.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { RUN_FILES } from './run-store.ts';

/**
 * `batches.json` in a run directory: absent means no batch yet; written atomically (temp file,
 * fsync, rename), so a crash leaves the previous or the next state, never half of one.
 */
export function createBatchStore(dir: string): BatchStore & { readonly exists: () => boolean } {
  const path = join(dir, RUN_FILES.batches);
  return {
    exists: () => existsSync(path),
    read(): BatchState {
      if (!existsSync(path)) return EMPTY_BATCH_STATE;
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(path, 'utf8'));
      } catch (error) {
        throw new InputError('run_invalid', path, undefined, `expected JSON: ${(error as Error).message}`);
      }
      const parsed = BatchStateSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new InputError(
          'run_invalid',
          path,
          undefined,
          `unexpected content at \`${issue?.path.join('.')}\`: ${issue?.message}`,
        );
      }
      return parsed.data;
    },
    write(state) {
      writeFileAtomic(path, `${JSON.stringify(state, null, 2)}\n`);
    },
  };
}
