/** The file name without its folder, for `/` and `\` separators alike. */
function baseNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * The transcript id: the file's base name without extensions, i.e. everything before the first
 * dot (`GMT…_Recording.transcript.vtt` → `GMT…_Recording`). A dot-file keeps its whole name.
 */
export function transcriptIdFor(path: string): string {
  const base = baseNameOf(path);
  const stem = base.replace(/\..*$/s, '');
  return stem === '' ? base : stem;
}

/** Where the sidecar metadata of `path` lives: `<folder>/<id>.meta.yaml`. */
export function sidecarPathFor(path: string): string {
  const base = baseNameOf(path);
  return `${path.slice(0, path.length - base.length)}${transcriptIdFor(path)}.meta.yaml`;
}
