// C0 and C1 control characters except tab and newline, and the escape that starts ANSI sequences:
// an answer is untrusted, and raw escapes in it could rewrite or hide what the reviewer sees.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Untrusted text made safe to print on a terminal: control and bidi-override characters become `�`. */
export function sanitizeTerminalText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '\uFFFD');
}

/** How evidence is marked in a terminal: bold reverse video on a colour terminal, `»…«` otherwise. */
export interface Marker {
  readonly open: string;
  readonly close: string;
}

export const PLAIN_MARKER: Marker = Object.freeze({ open: '»', close: '«' });
export const ANSI_MARKER: Marker = Object.freeze({ open: '\u001b[1;7m', close: '\u001b[0m' });
