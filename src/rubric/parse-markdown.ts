import type { Heading, List, Paragraph } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { DraftFlag, DraftQuestion, DraftRubric } from './draft-schema.ts';
import {
  matchFlagLabel,
  matchNumberedHeading,
  plainText,
  sourceText,
  splitExplicitId,
} from './markdown-text.ts';
import { readFrontMatter } from './read-front-matter.ts';
import type { Diagnostic, FlagKind } from './schema.ts';
import { type Piece, splitAtLabels } from './split-at-labels.ts';
import { splitFrontMatter } from './split-front-matter.ts';

// A real CommonMark parser (mdast-util-from-markdown) rather than a line scanner: it knows what is
// a list, a code block or a setext heading, keeps exact source offsets (so text is sliced as
// written, curly quotes and all) and gives 1-based lines for diagnostics.

/** What the walk over the document accumulates; local to one parse. */
interface Walk {
  readonly file: string;
  readonly source: string;
  readonly diagnostics: Diagnostic[];
  readonly questions: DraftQuestion[];
  readonly sections: { title: string; line: number; questions: number }[];
  title: string | undefined;
  question: DraftQuestion | undefined;
  kind: FlagKind | null;
}

const lineOf = (node: { position?: { start: { line: number } } | undefined }): number =>
  node.position?.start.line ?? 1;

function report(walk: Walk, severity: Diagnostic['severity'], line: number, message: string): void {
  walk.diagnostics.push({ severity, file: walk.file, line, message });
}

function startQuestion(walk: Walk, heading: Heading, number: number | null, raw: string): void {
  const { text, id } = splitExplicitId(raw);
  const section = walk.sections[walk.sections.length - 1];
  if (section !== undefined) section.questions += 1;
  walk.question = {
    ...(id === undefined ? {} : { id }),
    number,
    section: section?.title ?? null,
    text,
    aliases: [],
    flags: [],
    line: lineOf(heading),
  };
  walk.questions.push(walk.question);
  walk.kind = null;
}

function visitHeading(walk: Walk, heading: Heading): void {
  const text = sourceText(heading, walk.source);
  const line = lineOf(heading);
  const label = heading.depth >= 3 ? matchFlagLabel(plainText(heading)) : null;
  if (label !== null && walk.question !== undefined) {
    walk.kind = label;
    return;
  }
  if (heading.depth === 1) {
    if (walk.title === undefined) walk.title = text;
    else
      report(walk, 'warning', line, `expected one \`# title\` heading, got another (\`${text}\`); ignored`);
    walk.question = undefined;
    return;
  }
  const numbered = matchNumberedHeading(heading.depth, text);
  if (numbered !== null) {
    startQuestion(walk, heading, numbered.number, numbered.text);
    return;
  }
  if (heading.depth === 2) {
    walk.sections.push({ title: splitExplicitId(text).text, line, questions: 0 });
    walk.question = undefined;
    return;
  }
  if (heading.depth === 3) {
    startQuestion(walk, heading, null, text);
    return;
  }
  report(
    walk,
    'warning',
    line,
    `expected a section (\`##\`) or question (\`### 1. …\`) heading, got \`${text}\`; ignored`,
  );
  walk.kind = null;
}

function visitParagraph(walk: Walk, paragraph: Paragraph): void {
  const text = plainText(paragraph);
  const label = matchFlagLabel(text);
  if (label !== null) {
    if (walk.question === undefined) {
      report(
        walk,
        'warning',
        lineOf(paragraph),
        `flag label \`${text.trim()}\` outside any question: expected a question heading before it`,
      );
    }
    walk.kind = label;
    return;
  }
  // `Notes for the panel.\n**Red flags:**`: a label on a line of a longer paragraph still starts its group.
  const inner = splitAtLabels(paragraph, walk.source).filter((piece) => piece.label !== undefined);
  for (const piece of inner) {
    reportInlineLabel(walk, piece, 'a paragraph');
    walk.kind = piece.label ?? walk.kind;
  }
  if (inner.length > 0) return;
  // A mistyped label (`**Gren flags:**`) must not let the next list count as the previous kind.
  if (walk.question !== undefined && /\bflags?\b/i.test(text) && text.length < 40) {
    report(
      walk,
      'warning',
      lineOf(paragraph),
      `expected \`**Green flags:**\` or \`**Red flags:**\`, got \`${text.trim()}\``,
    );
    walk.kind = null;
  }
}

function reportInlineLabel(walk: Walk, piece: Piece, where: string): void {
  const kind = piece.label === 'red' ? 'red' : 'green';
  report(
    walk,
    'warning',
    piece.line,
    `flag label \`${piece.text}\` inside ${where}: read as the start of the ${kind} flags; expected a blank line before it`,
  );
}

function toFlag(walk: Walk, kind: FlagKind, item: List['children'][number]): DraftFlag | null {
  const line = lineOf(item);
  const paragraphs = item.children.filter((child) => child.type === 'paragraph');
  for (const other of item.children.filter((child) => child.type !== 'paragraph')) {
    report(
      walk,
      'warning',
      lineOf(other),
      `expected only text in a flag bullet, got a nested ${other.type}; ignored`,
    );
  }
  const raw = paragraphs.map((p) => sourceText(p, walk.source)).join(' ');
  const { text, id } = splitExplicitId(raw);
  if (text === '') {
    report(walk, 'warning', line, 'expected flag text after the bullet, got an empty bullet; ignored');
    return null;
  }
  return { kind, text, line, ...(id === undefined ? {} : { id }) };
}

/** A list item's paragraphs, split at any flag label inside them (see `splitAtLabels`). */
function itemPieces(walk: Walk, item: List['children'][number]): Piece[] | null {
  const paragraphs = item.children.filter((child) => child.type === 'paragraph');
  const pieces = paragraphs.flatMap((p) => splitAtLabels(p, walk.source));
  return pieces.some((piece) => piece.label !== undefined) ? pieces : null;
}

function visitList(walk: Walk, list: List): void {
  const line = lineOf(list);
  if (walk.question === undefined) {
    report(
      walk,
      'error',
      line,
      'bullet list outside any question: expected a question heading such as `### 1. …` before flag bullets, got a bullet',
    );
    return;
  }
  const question = walk.question;
  let warned = false;
  const add = (flag: DraftFlag | null): void => {
    if (flag !== null) question.flags.push(flag);
  };
  for (const item of list.children) {
    const pieces = itemPieces(walk, item);
    if (walk.kind === null && pieces === null) {
      if (!warned) {
        const id = question.id ?? (question.number === null ? 'question' : `q${question.number}`);
        report(
          walk,
          'warning',
          line,
          `bullet list under ${id} before any flag label: expected \`**Green flags:**\` or \`**Red flags:**\` first, got a bullet; ignored`,
        );
      }
      warned = true;
      continue;
    }
    if (pieces === null) {
      add(toFlag(walk, walk.kind ?? 'green', item));
      continue;
    }
    for (const piece of pieces) {
      if (piece.label !== undefined) {
        reportInlineLabel(walk, piece, 'a list item');
        walk.kind = piece.label;
      } else if (walk.kind !== null && piece.text !== '') {
        const { text, id } = splitExplicitId(piece.text);
        add({ kind: walk.kind, text, line: piece.line, ...(id === undefined ? {} : { id }) });
      }
    }
  }
}

/**
 * Parses a Markdown rubric: `#` title, `##` sections, `###` (or numbered `##`) questions,
 * `**Green flags:**` / `**Red flags:**` bullet lists, optional `{#id}` and YAML front matter
 * (`id`, `title`, `scale`, `rule`). `draft` is null only when the front matter is invalid.
 */
export function parseMarkdownRubric(input: { path: string; text: string }): {
  draft: DraftRubric | null;
  diagnostics: Diagnostic[];
} {
  const { body, frontMatter } = splitFrontMatter(input.text);
  const settings = readFrontMatter(frontMatter, input.path);
  if (settings.settings === null) return { draft: null, diagnostics: settings.diagnostics };
  const walk: Walk = {
    file: input.path,
    source: body,
    diagnostics: [...settings.diagnostics],
    questions: [],
    sections: [],
    title: undefined,
    question: undefined,
    kind: null,
  };
  for (const node of fromMarkdown(body).children) {
    if (node.type === 'heading') visitHeading(walk, node);
    else if (node.type === 'paragraph') visitParagraph(walk, node);
    else if (node.type === 'list') visitList(walk, node);
  }
  for (const section of walk.sections.filter((s) => s.questions === 0)) {
    report(
      walk,
      'warning',
      section.line,
      `section \`${section.title}\` has no questions: expected a question heading under it, got none`,
    );
  }
  const title = settings.settings.title ?? walk.title;
  if (title === undefined)
    report(walk, 'warning', 1, 'expected a `# Title` heading, got none; using the file name');
  const draft: DraftRubric = {
    ...settings.settings,
    ...(title === undefined ? {} : { title }),
    sections: walk.sections.map((s) => s.title),
    questions: walk.questions,
  };
  return { draft, diagnostics: walk.diagnostics };
}
