import { z } from 'zod';
import { validateJson } from './parse-json-text.ts';
import { makeSegment, type Reading, type Segment } from './segment.ts';

/** AWS writes every number as a string (`"start_time": "1.54"`). */
const Seconds = z.union([z.string(), z.number()]).nullish();
const toSeconds = (value: string | number | null | undefined): number | undefined => {
  const n = typeof value === 'number' ? value : Number.parseFloat(value ?? '');
  return Number.isFinite(n) ? n : undefined;
};

const ItemSchema = z.object({
  type: z.string().nullish(),
  start_time: Seconds,
  end_time: Seconds,
  speaker_label: z.string().nullish(),
  channel_label: z.string().nullish(),
  alternatives: z.array(z.object({ content: z.string() })).min(1),
});

const LabelSegmentSchema = z.object({
  start_time: Seconds,
  end_time: Seconds,
  speaker_label: z.string().nullish(),
  items: z.array(z.object({ start_time: Seconds, speaker_label: z.string().nullish() })).nullish(),
});

const AwsSchema = z.object({
  results: z.object({
    transcripts: z.array(z.object({ transcript: z.string() })).nullish(),
    items: z.array(ItemSchema).nullish(),
    speaker_labels: z.object({ segments: z.array(LabelSegmentSchema).nullish() }).nullish(),
    channel_labels: z
      .object({
        channels: z
          .array(z.object({ channel_label: z.string(), items: z.array(ItemSchema).nullish() }))
          .nullish(),
      })
      .nullish(),
  }),
});

type Item = z.infer<typeof ItemSchema>;
type Aws = z.infer<typeof AwsSchema>;

/**
 * Older AWS output puts speakers only in `speaker_labels.segments[].items` (by start time); newer
 * output also writes `speaker_label` on each item. Returns a lookup from an item's start time.
 */
function speakersByStart(data: Aws): Map<string, string> {
  const byStart = new Map<string, string>();
  for (const segment of data.results.speaker_labels?.segments ?? []) {
    for (const item of segment.items ?? []) {
      const speaker = item.speaker_label ?? segment.speaker_label;
      const start = toSeconds(item.start_time);
      if (speaker && start !== undefined) byStart.set(start.toFixed(3), speaker);
    }
  }
  return byStart;
}

/** Items → word segments; punctuation joins the word before it (no space before `,` or `.`). */
function readItems(items: readonly Item[], speakerOf: (item: Item) => string | undefined): Segment[] {
  const segments: Segment[] = [];
  for (const item of items) {
    const content = item.alternatives[0]?.content ?? '';
    const last = segments.at(-1);
    if (item.type === 'punctuation' && last) {
      segments[segments.length - 1] = { ...last, text: `${last.text}${content}` };
      continue;
    }
    segments.push(
      makeSegment({
        speaker: speakerOf(item) ?? last?.speaker,
        text: content,
        start: toSeconds(item.start_time),
        end: toSeconds(item.end_time),
      }),
    );
  }
  return segments;
}

/**
 * AWS Transcribe JSON: the `results.items` (words and punctuation), each word's speaker from its
 * own `speaker_label` or from `results.speaker_labels.segments`; with channel identification,
 * each channel's items under its channel label, in time order. Without speakers, the text of
 * `results.transcripts` is one unlabelled segment.
 */
export function readAwsTranscribe(value: unknown, text: string, file: string): Reading {
  const data = validateJson(
    AwsSchema,
    value,
    text,
    file,
    'AWS Transcribe JSON: `results.transcripts` and `results.items`',
  );
  const channels = data.results.channel_labels?.channels ?? [];
  if (channels.length > 1 && !data.results.speaker_labels) {
    const segments = channels.flatMap((c) =>
      readItems(c.items ?? [], () => `Channel ${c.channel_label.replace(/^ch_/, '')}`),
    );
    return { segments: segments.sort((a, b) => (a.start ?? 0) - (b.start ?? 0)) };
  }
  const byStart = speakersByStart(data);
  const items = data.results.items ?? [];
  const speakerOf = (item: Item): string | undefined => {
    const start = toSeconds(item.start_time);
    return item.speaker_label ?? (start === undefined ? undefined : byStart.get(start.toFixed(3)));
  };
  const segments = readItems(items, speakerOf);
  if (segments.some((s) => s.speaker !== undefined)) return { segments };
  const whole = (data.results.transcripts ?? []).map((t) => t.transcript).join(' ');
  if (whole.trim() !== '') return { segments: [makeSegment({ text: whole })] };
  return { segments };
}
