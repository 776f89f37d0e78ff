// Terminal escape sequences (ECMA-48). Each pattern is a literal introducer followed by bounded
// character classes, so matching is linear in the input. OSC and string commands end at BEL or
// ST (ESC \); an unterminated one is cut at the end of its line rather than eating the document.
const ESCAPE_SEQUENCES = new RegExp(
  [
    // CSI: ESC [ or the 8-bit U+009B, parameters, intermediates, one final byte.
    String.raw`(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?`,
    // OSC, DCS, SOS, PM, APC (7-bit and 8-bit introducers): a body up to BEL or ST.
    String.raw`(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\u0007\u001b\u009c\n]*(?:\u0007|\u001b\\|\u009c)?`,
    // Any other two-character escape (ESC c resets the terminal, ESC 7 saves the cursor…).
    String.raw`\u001b[\u0020-\u007e]?`,
  ].join('|'),
  'g',
);

/**
 * What is left once sequences are gone and must not reach a terminal or a report either:
 * C0 controls except tab and newline, DEL, C1 controls; bidi embeddings, overrides, isolates and
 * marks (they reorder what a reader sees: "Trojan Source"); zero-width and invisible characters
 * that make look-alike names ("Ana" and "A\u200Bna"); the Hangul fillers that render as blanks;
 * Unicode tag characters (invisible text smuggled past a reader). Variation selectors stay
 * (emoji and CJK variants need them); `sanitizeIdentifier` drops them.
 */
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: lone combining marks are removed one by one
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\ufffe\uffff\u{e0000}-\u{e007f}]/gu;

/** Invisible in a name: "Ana\uFE0F" must not pass for a second "Ana". */
const VARIATION_SELECTORS = /[\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/gu;

/** Half a surrogate pair is not text; every encoder would turn it into U+FFFD anyway. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Line and paragraph separators break lines in some viewers but not others: make them plain. */
const LINE_SEPARATORS = /[\u2028\u2029]/g;

/**
 * Makes untrusted text safe to print to a terminal or to put into a Markdown/CSV report: removes
 * ESC/CSI/OSC sequences whole, every other control character except `\n` and `\t`, bidi
 * controls, zero-width characters and noncharacters; a lone surrogate becomes U+FFFD. Printable text, emoji and every script are kept. Pure and
 * linear-time; idempotent (`sanitizeText(sanitizeText(x)) === sanitizeText(x)`).
 */
export function sanitizeText(text: string): string {
  return text
    .replace(ESCAPE_SEQUENCES, '')
    .replace(INVISIBLE, '')
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(LINE_SEPARATORS, '\n');
}

/**
 * `sanitizeText` for a one-line value (a file name, transcript id, speaker label, flag id):
 * newlines and tabs become single spaces too, so a value cannot forge a second output line.
 */
export function sanitizeIdentifier(text: string): string {
  return sanitizeText(text)
    .replace(VARIATION_SELECTORS, '')
    .replace(/[\n\t]+/g, ' ');
}
