import type { TermSets } from './analyse-answer.ts';
import type { Slot } from './compile-question.ts';

const TERMS = new WeakMap<Slot, readonly string[]>();
const KEYS = new WeakMap<readonly Slot[], readonly Slot[]>();

/** Every term that satisfies a slot: its own spellings, then related forms (built once per slot). */
function termsOf(slot: Slot): readonly string[] {
  let terms = TERMS.get(slot);
  if (terms === undefined) {
    terms = slot.related.length === 0 ? slot.alternatives : [...slot.alternatives, ...slot.related];
    TERMS.set(slot, terms);
  }
  return terms;
}

/**
 * A slot is met by a plain mention. A term the flag itself negates ("a node that has NO children")
 * is met by a negated mention, or by a plain one in a text that negates something (the answer's
 * negation may cover other words: "boundaries that don't line up with the domain"), but not by a
 * plain mention in a text without any negation: "a node with children" contradicts the flag.
 * A term is also met by its antonym with the other polarity: "no limit" meets "unlimited", and
 * "an open circuit" meets a flag's "not a closed circuit".
 */
export function meetsSlot(slot: Slot, terms: TermSets): boolean {
  if (slot.negatedInFlag) {
    const plainCounts = terms.negative.size > 0;
    return (
      termsOf(slot).some(
        (concept) => terms.negative.has(concept) || (plainCounts && terms.positive.has(concept)),
      ) || slot.antonyms.some((concept) => terms.positive.has(concept))
    );
  }
  return (
    termsOf(slot).some((concept) => terms.positive.has(concept)) ||
    slot.antonyms.some((concept) => terms.negative.has(concept))
  );
}

/** A slot the text mentions only under a negation ("we never wrote tests"). */
export function deniesSlot(slot: Slot, terms: TermSets): boolean {
  return !meetsSlot(slot, terms) && termsOf(slot).some((concept) => terms.negative.has(concept));
}

/** The slots that name the topic: those the question does not already say, or all if it says them all. */
export function keySlots(slots: readonly Slot[]): readonly Slot[] {
  let key = KEYS.get(slots);
  if (key === undefined) {
    const own = slots.filter((slot) => !slot.echo);
    key = own.length > 0 ? own : slots;
    KEYS.set(slots, key);
  }
  return key;
}

/** How many key slots must be met out of `keyCount`. */
export type Threshold = (keyCount: number) => number;

/** Green topics: half the key terms, at most 3 (long flags list many ways to say one thing). */
export const GREEN_THRESHOLD: Threshold = (count) => Math.min(3, Math.ceil(count / 2));

/** Behavioural red flags must be said nearly in full: one stray word must not sink a candidate. */
export const RED_THRESHOLD: Threshold = (count) => (count <= 2 ? count : Math.max(2, Math.ceil(0.6 * count)));

/** A partial match is worth at most this when a required side ("X vs Y") or the stated order is missing. */
const INCOMPLETE_CAP = 0.5;

/**
 * How much of a bag of slots `terms` carry, 0..1: the share of the threshold of key slots met
 * (1 means enough), capped at one half when a mandatory slot ("X vs Y") is missing or when the
 * only key slot is met without any echo slot ("better" alone is not "monoliths are superior").
 */
export function bagCredit(slots: readonly Slot[], terms: TermSets, threshold: Threshold): number {
  const key = keySlots(slots);
  const need = Math.max(1, threshold(key.length));
  const met = key.filter((slot) => meetsSlot(slot, terms)).length;
  let credit = Math.min(1, met / need);
  if (!slots.every((slot) => !slot.mandatory || meetsSlot(slot, terms)))
    credit = Math.min(credit, INCOMPLETE_CAP);
  const echoes = slots.filter((slot) => slot.echo && !key.includes(slot));
  if (key.length === 1 && echoes.length > 0 && !echoes.some((slot) => meetsSlot(slot, terms))) {
    credit = Math.min(credit, INCOMPLETE_CAP);
  }
  return credit;
}

/** True when `terms` carry enough of `slots` (see `bagCredit`). */
export function satisfiesBag(slots: readonly Slot[], terms: TermSets, threshold: Threshold): boolean {
  return bagCredit(slots, terms, threshold) >= 1;
}

/** The share of an item's key slots met (a list flag's item, e.g. "circuit breakers"), 0..1. */
export function itemCredit(item: readonly Slot[], terms: TermSets): number {
  const key = keySlots(item);
  const met = key.filter((slot) => meetsSlot(slot, terms)).length;
  const credit = met / Math.max(1, key.length);
  return item.every((slot) => !slot.mandatory || meetsSlot(slot, terms))
    ? credit
    : Math.min(credit, INCOMPLETE_CAP);
}

/** One item of a list flag ("circuit breakers") is met when all its key slots are. */
export function satisfiesItem(item: readonly Slot[], terms: TermSets): boolean {
  return itemCredit(item, terms) >= 1;
}

/**
 * Whether the parts of a stated order ("left subtree, then root, then right subtree") occur in
 * that order: each part is placed at the first position of one of its own terms after the part
 * before it. Parts the text does not say are skipped; true when nothing contradicts the order.
 */
export function keepsOrder(sequence: readonly (readonly Slot[])[], terms: TermSets): boolean {
  const positions = terms.positions;
  if (positions === undefined || sequence.length < 2) return true;
  const shared = sharedTerms(sequence);
  let after = -1;
  for (const part of sequence) {
    const own = part.flatMap(termsOf).filter((term) => !shared.has(term));
    const candidates = own.flatMap((term) => positions.get(term) ?? []);
    if (candidates.length === 0) continue;
    const next = Math.min(...candidates.filter((position) => position > after));
    if (!Number.isFinite(next)) return false;
    after = next;
  }
  return true;
}

function sharedTerms(sequence: readonly (readonly Slot[])[]): Set<string> {
  const counts = new Map<string, number>();
  for (const part of sequence) {
    for (const term of new Set(part.flatMap(termsOf))) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count > 1).map(([term]) => term));
}

/** The plain mentions of several sentences together (a two-sentence window), positions offset per sentence. */
export function unionPositives(parts: readonly TermSets[]): TermSets {
  const positions = new Map<string, number[]>();
  parts.forEach((part, index) => {
    for (const [term, list] of part.positions ?? []) {
      positions.set(term, [
        ...(positions.get(term) ?? []),
        ...list.map((position) => position + index * 100_000),
      ]);
    }
  });
  return { positive: new Set(parts.flatMap((part) => [...part.positive])), negative: new Set(), positions };
}
