import type { AlignOptions } from '../align/align-options.ts';
import type { Transcript } from '../transcript/schema.ts';
import { alignTranscript } from './analyse-transcript.ts';
import { detectTranscript } from './detect-items.ts';
import {
  type PlanSettings,
  planAfterDetection,
  planFirstCalls,
  type TranscriptPlan,
} from './plan-transcript.ts';

/**
 * Aligns one transcript with the rubric, runs detection, and plans every call (both steps above
 * at once: `--dry-run`, the Batch API stage, tests). Pure.
 */
export function planTranscript(
  args: PlanSettings & { readonly transcript: Transcript; readonly alignOptions: Partial<AlignOptions> },
): TranscriptPlan {
  const slots = alignTranscript(args.transcript, args.rubric, args.alignOptions);
  const first = planFirstCalls(args, args.transcript, slots);
  return planAfterDetection(args, first, detectTranscript(args.transcript, args.rubric, slots)).plan;
}
