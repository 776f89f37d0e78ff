/**
 * Characters that show nothing or reorder text: zero-width spaces and joiners, bidi marks and
 * overrides, the soft hyphen, the BOM, and control characters (ESC sequences included). In a
 * speaker label they only make a look-alike second speaker or reach a terminal, so they go.
 */
const INVISIBLE = /[\p{Cc}\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

/** `(she/her)`, `(he/him/his)`, `(they/them)`: pronouns in a display name, not part of the name. */
const PRONOUNS = /\s*\((?:[a-z]{1,5}\/){1,3}[a-z]{1,5}\)$/i;

/**
 * A speaker label as shown: invisible and control characters removed, pronouns in parentheses
 * dropped (Zoom and Otter show `Dana Lee (she/her)`), whitespace collapsed, Unicode in NFC.
 */
export function cleanSpeakerName(name: string): string {
  return remember(cleaned, name, cleanUncached);
}

function cleanUncached(name: string): string {
  const visible = name.replace(INVISIBLE, '').normalize('NFC').replace(/\s+/g, ' ').trim();
  const bare = visible.length <= 120 ? visible.replace(PRONOUNS, '').trim() : visible;
  return bare === '' ? visible : bare;
}

/**
 * What makes two labels the same speaker: case, compatibility forms (full-width letters),
 * punctuation and spacing do not tell names apart (`Dr. Ko` ≈ `dr ko`).
 */
export function speakerKey(name: string): string {
  return remember(keys, name, keyUncached);
}

function keyUncached(name: string): string {
  return cleanSpeakerName(name)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A transcript names its few speakers thousands of times (once per cue or word), so both
 * functions remember their answers; the caches are bounded so that hostile input with a new
 * label on every line cannot grow them without limit.
 */
const cleaned = new Map<string, string>();
const keys = new Map<string, string>();
const CACHE_SIZE = 4096;

function remember(cache: Map<string, string>, name: string, compute: (name: string) => string): string {
  const known = cache.get(name);
  if (known !== undefined) return known;
  const value = compute(name);
  if (cache.size >= CACHE_SIZE) cache.clear();
  if (name.length <= 200) cache.set(name, value);
  return value;
}
