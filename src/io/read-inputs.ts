import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, resolve } from 'node:path';
import fg from 'fast-glob';
import { UsageError } from '../errors.ts';
import { sanitizeText } from '../report/sanitize-text.ts';
import { transcriptIdFor } from '../transcript/transcript-id.ts';
import { readUserFile } from './read-user-file.ts';
import { isInside, realFolder, resolveRealFile } from './real-path.ts';

/** One transcript file as read from disk, with its sidecar metadata when there is one. */
export interface InputFile {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly sidecar?: string;
}

/** Limits of discovery, and where its warnings go. */
export interface DiscoveryOptions {
  /** Files per run at most (`--max-files`); more is a usage error before anything is read. */
  readonly maxFiles?: number;
  /** Folder levels below a given folder or glob base that are read at most. */
  readonly maxDepth?: number;
  /** Receives one line per skipped path (default: stderr). */
  readonly warn?: (message: string) => void;
}

/** The defaults of `DiscoveryOptions`. */
export const DISCOVERY_LIMITS = Object.freeze({ maxFiles: 20_000, maxDepth: 32 });

const SIDECAR = /\.meta\.ya?ml$/i;
/**
 * When a folder is given, only files with a transcript extension are taken, so a LICENSE or
 * notes file beside the transcripts is not read as one. Files named explicitly (or by a glob)
 * are always read: there the content decides, as everywhere else.
 */
const TRANSCRIPT_EXTENSIONS = ['txt', 'md', 'markdown', 'vtt', 'webvtt', 'srt', 'json'];

const warnOnStderr = (message: string) => {
  process.stderr.write(`rubricate: warning: ${sanitizeText(message)}\n`);
};

interface Candidate {
  readonly shown: string;
  readonly real: string;
  readonly isLink: boolean;
}

/**
 * Expands transcript paths and globs (fast-glob) into files, sorted, each real file once.
 * Sidecar `<name>.meta.yaml` files are metadata, not transcripts; directories expand to their
 * files with a transcript extension, at most `maxDepth` levels down. A pattern that matches
 * nothing, or more than `maxFiles` files in all, is a usage error.
 *
 * Links. Only real files inside the given roots are kept (a folder given, a glob's fixed base,
 * an explicitly named file's folder): a link to a file elsewhere (`notes.vtt -> ~/.env`) is
 * skipped with a warning and never read, so no excerpt of it can reach an error message, a
 * report or a request. Linked folders are never entered, so `loop -> .`, `up -> ..` and link
 * cycles cannot make discovery recurse; the files they lead to are found at their real place.
 * Broken links and link loops are skipped with a warning.
 */
export function findInputFiles(
  patterns: readonly string[],
  cwd: string,
  options: DiscoveryOptions = {},
): string[] {
  const maxFiles = options.maxFiles ?? DISCOVERY_LIMITS.maxFiles;
  const warn = options.warn ?? warnOnStderr;
  const candidates: Candidate[] = [];
  for (const pattern of patterns) {
    const found = expandPattern(pattern, cwd, options.maxDepth ?? DISCOVERY_LIMITS.maxDepth);
    if (found.paths.length === 0) {
      throw new UsageError(`Expected transcript files, but \`${pattern}\` matched none (looked in ${cwd}).`);
    }
    for (const shown of found.paths) {
      const file = resolveRealFile(resolve(cwd, shown));
      if (!file.ok) warn(`${shown}: skipped: ${file.why}.`);
      else if (found.root === undefined || !isInside(file.real, found.root)) {
        warn(
          `${shown}: skipped: it links to a file outside ${found.rootShown}; name the file itself to score it.`,
        );
      } else candidates.push({ shown, real: file.real, isLink: file.isLink });
    }
  }
  const isRunFile = createRunDirTest();
  const unique = pickOnePerRealFile(candidates.filter((c) => !isRunFile(c.real)));
  if (unique.length > maxFiles) {
    throw new UsageError(
      `Expected at most ${maxFiles} transcript files in one run, but the patterns matched ${unique.length}. Raise the limit with \`--max-files ${unique.length}\`, or score the folders in several runs.`,
    );
  }
  return unique;
}

/**
 * Whether a file lies in a rubricate run directory (one holding `run.json` and `rubric.json`):
 * `score .` in a project with earlier runs, or with `--out` inside the transcripts' folder, must
 * not read its own reports and journals as transcripts. Memoised per folder.
 */
function createRunDirTest(): (realFile: string) => boolean {
  const known = new Map<string, boolean>();
  const isRunDir = (dir: string): boolean => {
    let answer = known.get(dir);
    if (answer === undefined) {
      answer = existsSync(join(dir, 'run.json')) && existsSync(join(dir, 'rubric.json'));
      if (!answer) {
        const parent = dirname(dir);
        answer = parent !== dir && isRunDir(parent);
      }
      known.set(dir, answer);
    }
    return answer;
  };
  return (realFile) => isRunDir(dirname(realFile));
}

/**
 * The real folder a pattern's files must stay in: a folder given, the fixed base of a glob, or
 * the folder of a file named explicitly. Undefined when that folder does not exist.
 */
export function patternRoot(pattern: string, cwd: string): string | undefined {
  const asPath = isAbsolute(pattern) ? pattern : join(cwd, pattern);
  const kind = kindOf(asPath);
  if (kind === 'file') return realFolder(dirname(asPath));
  return realFolder(kind === 'dir' ? asPath : resolve(cwd, globBase(pattern)));
}

/** What one pattern matched (display paths, sidecars removed) and the root they must stay in. */
function expandPattern(
  pattern: string,
  cwd: string,
  maxDepth: number,
): { paths: string[]; root: string | undefined; rootShown: string } {
  const root = patternRoot(pattern, cwd);
  const kind = kindOf(isAbsolute(pattern) ? pattern : join(cwd, pattern));
  if (kind === 'file') {
    return { paths: SIDECAR.test(pattern) ? [] : [normalize(pattern)], root, rootShown: dirname(pattern) };
  }
  const isDir = kind === 'dir';
  const glob = isDir
    ? `${fg.convertPathToPattern(pattern)}/**/*.{${TRANSCRIPT_EXTENSIONS.join(',')}}`
    : pattern;
  const entries = fg.sync(glob, {
    cwd,
    // Links are listed, never followed: each is resolved and checked on its own (see above).
    onlyFiles: false,
    followSymbolicLinks: false,
    objectMode: true,
    dot: false,
    deep: maxDepth,
    caseSensitiveMatch: !isDir,
  });
  const paths = entries
    .filter((entry) => !entry.dirent.isDirectory() && !SIDECAR.test(entry.path))
    .map((entry) => normalize(entry.path));
  const base = isDir ? pattern : globBase(pattern);
  return { paths, root, rootShown: base === '' ? '.' : base };
}

function kindOf(path: string): 'file' | 'dir' | 'none' {
  if (!existsSync(path)) return 'none';
  return statSync(path).isDirectory() ? 'dir' : 'file';
}

/** The fixed folder a glob starts from: its leading segments without glob syntax. */
function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (segment !== '' && fg.isDynamicPattern(segment)) break;
    fixed.push(segment);
  }
  if (pattern.startsWith('/') && fixed.length <= 1) return '/';
  return fixed.join('/');
}

/** One display path per real file: the file itself rather than a link to it, else the first. */
function pickOnePerRealFile(candidates: readonly Candidate[]): string[] {
  const byReal = new Map<string, Candidate>();
  const sorted = [...candidates].sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
  for (const candidate of sorted) {
    const known = byReal.get(candidate.real);
    if (known === undefined || (known.isLink && !candidate.isLink)) byReal.set(candidate.real, candidate);
  }
  return [...new Set([...byReal.values()].map((c) => c.shown))].sort();
}

/**
 * Reads one transcript and its sidecar (`name.meta.yaml` next to `name.ext`), if present. A
 * sidecar that links out of the transcript's folder is ignored with a warning, never read.
 */
export function readInputFile(
  path: string,
  cwd: string,
  options: Pick<DiscoveryOptions, 'warn'> = {},
): InputFile {
  const full = isAbsolute(path) ? path : join(cwd, path);
  const bytes = readUserFile(path, cwd, 'a transcript file');
  // The sidecar is named after the transcript id, so both agree on names with several dots.
  const stem = transcriptIdFor(path);
  const folder = realFolder(dirname(full));
  for (const ext of ['.meta.yaml', '.meta.yml']) {
    const sidecarPath = join(dirname(full), `${stem}${ext}`);
    if (!existsSync(sidecarPath)) continue;
    const sidecar = resolveRealFile(sidecarPath);
    if (sidecar.ok && folder !== undefined && isInside(sidecar.real, folder)) {
      return { path, bytes, sidecar: readFileSync(sidecar.real, 'utf8') };
    }
    (options.warn ?? warnOnStderr)(
      `${join(dirname(path), `${stem}${ext}`)}: ignored: ${sidecar.ok ? 'it links to a file outside its folder' : sidecar.why}.`,
    );
  }
  return { path, bytes };
}
