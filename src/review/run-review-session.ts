import type { ItemResult } from '../aggregate/schema.ts';
import { orderReviewQueue } from '../report/order-review-queue.ts';
import type { Rubric } from '../rubric/schema.ts';
import { describeJudgesRating, formatReviewItem } from './format-review-item.ts';
import type { Decision } from './schema.ts';
import type { Marker } from './terminal-text.ts';

/** Reads one line typed by the reviewer after showing `prompt`; null at end of input. */
export type LineReader = (prompt: string) => Promise<string | null>;

/** The effects a terminal review uses, injected so tests drive it with scripted input. */
export interface ReviewSessionDeps {
  readonly readLine: LineReader;
  readonly write: (text: string) => void;
  /** Saves one decision durably before the next item is shown. */
  readonly append: (decision: Decision) => void;
  readonly clock: () => Date;
  readonly marker: Marker;
}

/** What to review. */
export interface ReviewSessionInput {
  readonly rubric: Rubric;
  readonly items: readonly ItemResult[];
  /** Items already decided (in the decisions file or `reviewed.jsonl`): skipped, so a session resumes. */
  readonly decided: ReadonlySet<string>;
  /** `--reviewer`; asked once when absent. */
  readonly reviewer?: string;
}

/** How a session ended. */
export interface ReviewSessionResult {
  readonly decided: number;
  readonly skipped: number;
  /** Queued items still without a decision. */
  readonly remaining: number;
  readonly quit: boolean;
}

type Action =
  | { readonly kind: 'decide'; readonly decision: Decision['decision']; readonly rating?: number }
  | { readonly kind: 'note' }
  | { readonly kind: 'skip' }
  | { readonly kind: 'quit' }
  | { readonly kind: 'help' }
  | { readonly kind: 'invalid'; readonly message: string };

/**
 * Walks the review queue in the report's order, skipping decided items, and asks for each:
 * accept · rate N · not asked · mis-located · note · skip · quit. Every decision is appended as
 * soon as it is made, so quitting (or a closed terminal) loses nothing and the next session
 * resumes where this one stopped.
 */
export async function runReviewSession(
  input: ReviewSessionInput,
  deps: ReviewSessionDeps,
): Promise<ReviewSessionResult> {
  const queue = orderReviewQueue(input.items);
  const todo = queue.filter((item) => !input.decided.has(item.key));
  const tally = { decided: 0, skipped: 0 };
  const result = (quit: boolean): ReviewSessionResult => ({
    ...tally,
    remaining: todo.length - tally.decided,
    quit,
  });
  deps.write(
    `${queue.length} item(s) in the review queue, ${queue.length - todo.length} already decided, ${todo.length} to go.\n`,
  );
  if (todo.length === 0) return result(false);
  const reviewer = input.reviewer?.trim() || (await askReviewer(deps));
  if (reviewer === null) return result(true);
  const help = helpText(input.rubric);
  deps.write(`${help}\n`);
  for (const [index, item] of todo.entries()) {
    deps.write(
      `\n${formatReviewItem(input.rubric, item, { index: queue.indexOf(item) + 1, total: queue.length }, deps.marker)}`,
    );
    let note: string | null = null;
    for (;;) {
      const answer = await deps.readLine(`[${index + 1}/${todo.length}] ${shortHelp(input.rubric, item)} > `);
      const action = answer === null ? ({ kind: 'quit' } as const) : readAction(answer, input.rubric, item);
      if (action.kind === 'quit') return result(true);
      if (action.kind === 'skip') {
        tally.skipped += 1;
        break;
      }
      if (action.kind === 'help') {
        deps.write(`${help}\n`);
        continue;
      }
      if (action.kind === 'invalid') {
        deps.write(`${action.message}\n`);
        continue;
      }
      if (action.kind === 'note') {
        const text = await deps.readLine('Note (one line; empty keeps none): ');
        if (text === null) return result(true);
        note = text.trim() === '' ? null : text.trim();
        deps.write(note === null ? 'No note.\n' : 'Note kept; now decide.\n');
        continue;
      }
      const question = input.rubric.questions.find((q) => q.id === item.question);
      deps.append({
        item: item.key,
        decision: action.decision,
        ...(action.rating === undefined ? {} : { rating: action.rating }),
        reviewer,
        ...(note === null ? {} : { note }),
        at: deps.clock().toISOString(),
        ...(question === undefined ? {} : { questionHash: question.hash }),
      });
      tally.decided += 1;
      deps.write(`Saved: ${action.decision}${action.rating === undefined ? '' : ` ${action.rating}`}.\n`);
      break;
    }
  }
  return result(false);
}

async function askReviewer(deps: ReviewSessionDeps): Promise<string | null> {
  for (;;) {
    const name = await deps.readLine('Your name (saved with each decision): ');
    if (name === null) return null;
    if (name.trim() !== '') return name.trim();
  }
}

function helpText(rubric: Rubric): string {
  const { min, max } = rubric.scale;
  const ratings = Array.from({ length: max - min + 1 }, (_, i) => min + i)
    .map((value) => `${value} ${rubric.scale.labels[String(value)]?.replace(/_/g, ' ') ?? ''}`.trim())
    .join(' · ');
  return [
    'Keys: a = accept the judges’ rating',
    `      ${min}–${max} = set the rating (${ratings})`,
    '      n = the question was not asked · m = the answer is mis-located',
    '      t = add a note, then decide · s = skip for now · q = quit (decisions so far are saved) · ? = help',
  ].join('\n');
}

function shortHelp(rubric: Rubric, item: ItemResult): string {
  const accept =
    item.rating === null && item.status !== 'not_asked'
      ? ''
      : `a(ccept ${describeJudgesRating(rubric, item)}) `;
  return `${accept}${rubric.scale.min}-${rubric.scale.max} n m t s q ?`;
}

function readAction(answer: string, rubric: Rubric, item: ItemResult): Action {
  const input = answer.trim().toLowerCase();
  const { min, max } = rubric.scale;
  if (/^[+-]?\d+$/.test(input)) {
    const rating = Number(input);
    if (rating >= min && rating <= max) return { kind: 'decide', decision: 'rate', rating };
    return { kind: 'invalid', message: `Expected a rating ${min}–${max}, got ${rating}.` };
  }
  switch (input) {
    case 'a':
    case 'accept':
      if (item.rating === null && item.status !== 'not_asked') {
        return {
          kind: 'invalid',
          message: 'The judges gave no rating to accept here; rate it, or choose n or m.',
        };
      }
      return { kind: 'decide', decision: 'accept' };
    case 'n':
    case 'not asked':
    case 'not_asked':
      return { kind: 'decide', decision: 'not_asked' };
    case 'm':
    case 'mislocated':
      return { kind: 'decide', decision: 'mislocated' };
    case 't':
    case 'note':
      return { kind: 'note' };
    case 's':
    case 'skip':
      return { kind: 'skip' };
    case 'q':
    case 'quit':
      return { kind: 'quit' };
    case '?':
    case 'h':
    case 'help':
    case '':
      return { kind: 'help' };
    default:
      return {
        kind: 'invalid',
        message: `Expected a, ${min}–${max}, n, m, t, s or q, got \`${answer.trim().slice(0, 40)}\` (? for help).`,
      };
  }
}
