/** A fitted steering model: per hashed feature an 8-bit weight (`weights[k] × scale`), plus bias. */
export interface LearnedModel {
  readonly bits: number;
  readonly bias: number;
  readonly scale: number;
  /** The log-odds above which a window is flagged. */
  readonly threshold: number;
  /** Dense, one per feature bucket (2^bits); most are 0. */
  readonly weights: Int8Array;
}

const MAGIC = 'RSM1';

/** The log-odds that a window with these features steers the judge. */
export function windowLogit(model: LearnedModel, features: readonly number[]): number {
  let sum = 0;
  for (const k of features) sum += model.weights[k] ?? 0;
  return model.bias + sum * model.scale;
}

/**
 * The model as base64 text, small enough to ship as a source string: a header (magic, bits,
 * bias, scale, threshold, count), the non-zero buckets as ascending deltas (LEB128 varints),
 * then their weights.
 */
export function encodeModel(model: LearnedModel): string {
  const buckets: number[] = [];
  model.weights.forEach((w, k) => {
    if (w !== 0) buckets.push(k);
  });
  const deltas: number[] = [];
  let previous = 0;
  for (const k of buckets) {
    let delta = k - previous;
    previous = k;
    while (delta >= 0x80) {
      deltas.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    deltas.push(delta);
  }
  const header = Buffer.alloc(21);
  header.write(MAGIC, 0, 'latin1');
  header.writeUInt8(model.bits, 4);
  header.writeFloatLE(model.bias, 5);
  header.writeFloatLE(model.scale, 9);
  header.writeFloatLE(model.threshold, 13);
  header.writeUInt32LE(buckets.length, 17);
  const weights = Buffer.from(Int8Array.from(buckets, (k) => model.weights[k] ?? 0).buffer);
  return Buffer.concat([header, Buffer.from(deltas), weights]).toString('base64');
}

/** Reads what `encodeModel` wrote; throws on anything else (a corrupt build, not user input). */
export function decodeModel(text: string): LearnedModel {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length < 21 || bytes.toString('latin1', 0, 4) !== MAGIC)
    throw new Error('the learned steering model is not in the expected format');
  const bits = bytes.readUInt8(4);
  const count = bytes.readUInt32LE(17);
  const weights = new Int8Array(1 << bits);
  let at = 21;
  let bucket = 0;
  const buckets: number[] = [];
  for (let i = 0; i < count; i++) {
    let delta = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = bytes[at++] ?? 0;
      delta |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
    }
    bucket += delta;
    buckets.push(bucket);
  }
  if (at + count !== bytes.length) throw new Error('the learned steering model is truncated');
  buckets.forEach((k, i) => {
    weights[k] = bytes.readInt8(at + i);
  });
  return {
    bits,
    bias: bytes.readFloatLE(5),
    scale: bytes.readFloatLE(9),
    threshold: bytes.readFloatLE(13),
    weights,
  };
}
