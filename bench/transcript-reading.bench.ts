/**
 * How fast transcripts are read and how much memory it takes, on generated inputs: Zoom-style
 * WebVTT (MB/s), one Q/A pair repeated to 5 MB of text, 1,000,000 WebVTT cues, diarized
 * AWS Transcribe JSON, and hostile lines (long runs of spaces, no-break spaces, colons, `[`).
 * The parent writes each input to a temporary file; a child process reads it and parses it, so
 * its peak resident memory (`maxRSS`) is the reading's own: memory is reported as that peak's
 * growth over the resident size before parsing, divided by the file size. Speed is given per
 * wall-clock second and per CPU second (the machine is shared, so wall time varies). A plain
 * script, not a test: nothing is asserted. Run: `npm run bench`, or
 * `node --import tsx bench/transcript-reading.bench.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTranscript } from '../src/transcript/parse-transcript.ts';

const MB = 1024 * 1024;

function vtt(bytes: number): string {
  const out = ['WEBVTT', ''];
  let size = 8;
  for (let i = 0; size < bytes; i++) {
    const start = i * 2;
    const stamp = (s: number): string =>
      `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;
    const who = i % 3 === 0 ? 'Dana Whitfield (she/her)' : 'Priya Raman';
    const cue = `${i + 1}\n${stamp(start)} --> ${stamp(start + 2)}\n${who}: We moved from one queue to partitioned topics &amp; idempotent consumers.\n`;
    out.push(cue);
    size += cue.length + 1;
  }
  return out.join('\n');
}

function cues(count: number): string {
  const out = ['WEBVTT', ''];
  for (let i = 0; i < count; i++) {
    const s = i % 360000;
    const stamp = `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;
    out.push(`${stamp} --> ${stamp}\n${i % 2 === 0 ? 'Ann' : 'Raj'}: ok\n`);
  }
  return out.join('\n');
}

function repeatedPair(bytes: number): string {
  const pair =
    'Interviewer: How do you make a flaky payments integration reliable? Walk me through it.\nCandidate: Retries with exponential back-off and jitter, idempotency keys, a circuit breaker, and a dead-letter queue. Then I measure.\n';
  return pair.repeat(Math.ceil(bytes / pair.length));
}

function aws(words: number): string {
  const items = Array.from({ length: words }, (_, i) => ({
    start_time: (i * 0.3).toFixed(2),
    end_time: (i * 0.3 + 0.25).toFixed(2),
    speaker_label: `spk_${Math.floor(i / 40) % 2}`,
    alternatives: [{ confidence: '0.99', content: i % 40 === 39 ? 'why?' : 'word' }],
    type: 'pronunciation',
  }));
  return JSON.stringify({ results: { transcripts: [{ transcript: '' }], items } });
}

function hostile(bytes: number): string {
  const run = (unit: string): string => unit.repeat(bytes / 4 / unit.length);
  return `Ana: hi\nBo: ${run(' ')}x\nAna${run('\u00a0')}  0:03\n${run(':')}\n[${run('[')}] 10:00:01\n`;
}

/** Each case: the file name it is read as (the extension is a format hint) and its content. */
const CASES: Record<string, readonly [path: string, make: () => string]> = {
  'webvtt 20 MB': ['zoom.vtt', () => vtt(20 * MB)],
  'webvtt 5 MB': ['zoom.vtt', () => vtt(5 * MB)],
  'Q/A pair repeated to 5 MB': ['pair.txt', () => repeatedPair(5 * MB)],
  '1,000,000 WebVTT cues': ['cues.vtt', () => cues(1_000_000)],
  'AWS Transcribe, 150,000 words': ['aws.json', () => aws(150_000)],
  'hostile lines, 4 MB': ['hostile.txt', () => hostile(4 * MB)],
};

async function runCase(name: string, file: string): Promise<void> {
  const limits = { maxFileBytes: 64 * MB, maxSegments: name.startsWith('1,000,000') ? 2_000_000 : 200_000 };
  const bytes = readFileSync(file);
  global.gc?.();
  const before = process.memoryUsage().rss;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const t = await parseTranscript({ path: CASES[name]?.[0] ?? file, bytes }, limits);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const peak = process.resourceUsage().maxRSS * 1024;
  const size = bytes.length / MB;
  console.log(
    `${name.padEnd(30)} ${size.toFixed(1).padStart(5)} MB ${seconds.toFixed(2).padStart(6)} s ${(size / seconds).toFixed(1).padStart(5)} MB/s, ${(size / cpuSeconds).toFixed(1).padStart(5)} MB/CPU-s  memory ${((peak - before) / bytes.length).toFixed(1)}× file  (${t.turns.length} turns)`,
  );
}

const [only, file] = process.argv.slice(2);
if (only !== undefined && file !== undefined) await runCase(only, file);
else {
  const dir = mkdtempSync(join(tmpdir(), 'rubricate-bench-'));
  for (const [name, [, make]] of Object.entries(CASES)) {
    const path = join(dir, 'input');
    writeFileSync(path, make());
    spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', import.meta.filename, name, path], {
      stdio: 'inherit',
    });
  }
  rmSync(dir, { recursive: true, force: true });
}
