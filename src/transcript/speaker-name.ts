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
  const visible = name.replace(INVISIBLE, '').normalize('NFC').replace(/\s+/g, ' ').trim();
  const bare = visible.length <= 120 ? visible.replace(PRONOUNS, '').trim() : visible;
  return bare === '' ? visible : bare;
}

/**
 * What makes two labels the same speaker: case, compatibility forms (full-width letters),
 * punctuation and spacing do not tell names apart (`Dr. Ko` ≈ `dr ko`).
 */
export function speakerKey(name: string): string {
  return cleanSpeakerName(name)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
