import { decodeHTML } from 'entities';

/** A run of cue text: who speaks it (`<v Name>`), and whether it is a ruby annotation (`<rt>`). */
export interface CuePiece {
  readonly text: string;
  readonly voice?: string;
  /** Ruby text (`<rt>`) is a reading aid for the text before it, not more speech. */
  readonly ruby: boolean;
}

interface OpenTag {
  readonly name: string;
  readonly voice?: string;
}

/** The tags the WebVTT cue text parser builds nodes for; any other start tag is dropped. */
const NODE_TAGS = new Set(['c', 'i', 'b', 'u', 'ruby', 'v', 'lang']);

/** Entities are decoded the HTML way (named, numeric, and legacy ones such as `&amp` without `;`). */
const decode = (text: string): string => (text.includes('&') ? decodeHTML(text) : text);

/** Splits a start tag's inside (`v.loud Ann Lee`) into its name and its annotation. */
function readStartTag(inside: string): OpenTag {
  let end = 0;
  while (end < inside.length && !/[\s.]/.test(inside[end] ?? '')) end++;
  const name = inside.slice(0, end);
  let rest = end;
  if (inside[rest] === '.') {
    while (rest < inside.length && !/\s/.test(inside[rest] ?? '')) rest++;
  }
  const annotation = decode(inside.slice(rest).trim().replace(/\s+/g, ' '));
  return name === 'v' ? { name, voice: annotation } : { name };
}

/**
 * WebVTT cue text → pieces of plain text, following the spec's cue text tokenizer and tree
 * builder for what matters to a transcript: tags are dropped (a `<` opens a tag that runs to the
 * next `>` or the end, as in browsers), `<v Name>` sets the voice until `</v>` or the end of the
 * cue, `<rt>` inside `<ruby>` marks annotation text, timestamp tags are ignored, and character
 * references are decoded as HTML does. Linear in the text: one pass with `indexOf`.
 */
export function tokenizeCueText(text: string): CuePiece[] {
  const pieces: CuePiece[] = [];
  const stack: OpenTag[] = [];
  const push = (run: string): void => {
    if (run === '') return;
    const voice = stack.findLast((tag) => tag.name === 'v')?.voice;
    const ruby = stack.some((tag) => tag.name === 'rt');
    pieces.push(voice === undefined ? { text: decode(run), ruby } : { text: decode(run), voice, ruby });
  };
  let pos = 0;
  while (pos < text.length) {
    const open = text.indexOf('<', pos);
    if (open === -1) {
      push(text.slice(pos));
      break;
    }
    push(text.slice(pos, open));
    const close = text.indexOf('>', open + 1);
    const inside = text.slice(open + 1, close === -1 ? text.length : close);
    pos = close === -1 ? text.length : close + 1;
    if (inside.startsWith('/')) {
      closeTag(stack, inside.slice(1));
      continue;
    }
    if (/^\d/.test(inside)) continue; // a timestamp tag
    const tag = readStartTag(inside);
    const current = stack.at(-1)?.name;
    if (NODE_TAGS.has(tag.name) || (tag.name === 'rt' && current === 'ruby')) stack.push(tag);
  }
  return pieces;
}

/** An end tag closes the current node when it names it (`</ruby>` also closes an open `<rt>`). */
function closeTag(stack: OpenTag[], name: string): void {
  const current = stack.at(-1)?.name;
  if (name === current) stack.pop();
  else if (name === 'ruby' && current === 'rt') stack.splice(-2, 2);
}

/**
 * SRT cue text → plain text. SRT has no spec; players render `<i>`, `<b>`, `<u>` and
 * `<font …>` tags and ignore SSA override codes such as `{\an8}`, so those are dropped, while a
 * `<` that opens no tag (`5 < 6`) stays. Entities are decoded as in HTML.
 */
export function cleanSrtText(text: string): string {
  return decode(text.replace(/<\/?[A-Za-z][^<>\n]{0,200}>/g, '').replace(/\{\\[^{}\n]{0,100}\}/g, ''));
}
