import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { type JudgeVerdict, JudgeVerdictSchema } from '../judge/schema.ts';

/** Layout version of the cache folder; a new layout gets a new sub-folder. */
const LAYOUT = 'v1';

const EntrySchema = z.object({ key: z.string(), storedAt: z.string(), verdict: JudgeVerdictSchema });

/** The response cache shared across runs (and processes). */
export interface ResponseCache {
  readonly dir: string;
  /** The cached `ok` verdict for `key`, or undefined (missing or unreadable entries are misses). */
  get(key: string): JudgeVerdict | undefined;
  /** Stores an `ok` verdict; anything else is not cached (returns false). */
  put(key: string, verdict: JudgeVerdict, at: Date): boolean;
}

/**
 * One file per key under `<dir>/v1/<first two hex chars>/<key>.json`. `put` writes a temp file
 * in the same folder and renames it over the target: rename is atomic on POSIX, so concurrent
 * writers (two runs at once) leave one whole entry, and a reader never sees half a file.
 * Failures (`invalid`, `failed`) are never cached: a retry later may succeed.
 */
export function createResponseCache(dir: string): ResponseCache {
  const pathOf = (key: string): string => {
    if (!/^[0-9a-f]{16,}$/.test(key)) throw new Error(`Expected a hex request key, got \`${key}\``);
    return join(dir, LAYOUT, key.slice(0, 2), `${key}.json`);
  };
  return {
    dir,
    get(key) {
      const path = pathOf(key);
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
      const entry = safeParseEntry(text);
      return entry !== undefined && entry.key === key && entry.verdict.outcome === 'ok'
        ? entry.verdict
        : undefined;
    },
    put(key, verdict, at) {
      if (verdict.outcome !== 'ok') return false;
      // Owner-only folders and files: entries hold evidence quotes from candidates' answers.
      mkdirSync(join(dir, LAYOUT, key.slice(0, 2)), { recursive: true, mode: 0o700 });
      writeFileAtomic(pathOf(key), JSON.stringify({ key, storedAt: at.toISOString(), verdict }));
      return true;
    },
  };
}

function safeParseEntry(text: string): z.infer<typeof EntrySchema> | undefined {
  try {
    const result = EntrySchema.safeParse(JSON.parse(text));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The default cache folder: `$XDG_CACHE_HOME/rubricate`, else `~/.cache/rubricate`. The XDG spec
 * says a relative XDG_CACHE_HOME is invalid and must be ignored.
 */
export function defaultCacheDir(env: Readonly<Record<string, string | undefined>>, homedir: string): string {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg?.startsWith('/')) return join(xdg, 'rubricate');
  return join(homedir, '.cache', 'rubricate');
}
