import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, resolve } from 'node:path';
import fg from 'fast-glob';
import { UsageError } from '../errors.ts';
import { transcriptIdFor } from '../transcript/transcript-id.ts';
import { readUserFile } from './read-user-file.ts';

/** One transcript file as read from disk, with its sidecar metadata when there is one. */
export interface InputFile {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly sidecar?: string;
}

const SIDECAR = /\.meta\.ya?ml$/i;
/**
 * When a folder is given, only files with a transcript extension are taken, so a LICENSE or
 * notes file beside the transcripts is not read as one. Files named explicitly (or by a glob)
 * are always read: there the content decides, as everywhere else.
 */
const TRANSCRIPT_EXTENSIONS = ['txt', 'md', 'markdown', 'vtt', 'webvtt', 'srt', 'json'];

/**
 * Expands transcript paths and globs (fast-glob) into files, sorted and de-duplicated.
 * Sidecar `<name>.meta.yaml` files are metadata, not transcripts; directories expand to
 * their files with a transcript extension. A pattern that matches nothing is a usage error.
 */
export function findInputFiles(patterns: readonly string[], cwd: string): string[] {
  // Keyed by absolute path, so `./a.vtt` and `a.vtt` (or a glob and a path) are one file, not two.
  const found = new Map<string, string>();
  for (const pattern of patterns) {
    const asPath = isAbsolute(pattern) ? pattern : join(cwd, pattern);
    const isDir = existsSync(asPath) && statSync(asPath).isDirectory();
    const glob = isDir
      ? `${fg.convertPathToPattern(pattern)}/**/*.{${TRANSCRIPT_EXTENSIONS.join(',')}}`
      : pattern;
    const matches =
      existsSync(asPath) && !isDir
        ? [pattern]
        : fg.sync(glob, { cwd, onlyFiles: true, dot: false, caseSensitiveMatch: !isDir });
    const files = matches.filter((m) => !SIDECAR.test(m));
    if (files.length === 0) {
      throw new UsageError(`Expected transcript files, but \`${pattern}\` matched none (looked in ${cwd}).`);
    }
    for (const file of files) {
      const shown = normalize(file);
      const key = resolve(cwd, shown);
      if (!found.has(key)) found.set(key, shown);
    }
  }
  return [...found.values()].sort();
}

/** Reads one transcript and its sidecar (`name.meta.yaml` next to `name.ext`), if present. */
export function readInputFile(path: string, cwd: string): InputFile {
  const full = isAbsolute(path) ? path : join(cwd, path);
  const bytes = readUserFile(path, cwd, 'a transcript file');
  // The sidecar is named after the transcript id, so both agree on names with several dots.
  const stem = transcriptIdFor(path);
  for (const ext of ['.meta.yaml', '.meta.yml']) {
    const sidecarPath = join(dirname(full), `${stem}${ext}`);
    if (existsSync(sidecarPath)) return { path, bytes, sidecar: readFileSync(sidecarPath, 'utf8') };
  }
  return { path, bytes };
}
