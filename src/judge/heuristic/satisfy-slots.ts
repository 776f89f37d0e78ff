import type { TermSets } from './analyse-answer.ts';
import type { Slot } from './compile-question.ts';

/** A slot is met by a plain mention, or, when the flag itself negates the term, by any mention. */
export function meetsSlot(slot: Slot, terms: TermSets): boolean {
  return slot.alternatives.some(
    (concept) => terms.positive.has(concept) || (slot.negatedInFlag && terms.negative.has(concept)),
  );
}

/** A slot the text mentions only under a negation ("we never wrote tests"). */
export function deniesSlot(slot: Slot, terms: TermSets): boolean {
  return !meetsSlot(slot, terms) && slot.alternatives.some((concept) => terms.negative.has(concept));
}

/** The slots that name the topic: those the question does not already say, or all if it says them all. */
export function keySlots(slots: readonly Slot[]): readonly Slot[] {
  const key = slots.filter((slot) => !slot.echo);
  return key.length > 0 ? key : slots;
}

/** How many key slots must be met out of `keyCount`. */
export type Threshold = (keyCount: number) => number;

/** Green topics: half the key terms, at most 3 (long flags list many ways to say one thing). */
export const GREEN_THRESHOLD: Threshold = (count) => Math.min(3, Math.ceil(count / 2));

/** Behavioural red flags must be said nearly in full: one stray word must not sink a candidate. */
export const RED_THRESHOLD: Threshold = (count) => (count <= 2 ? count : Math.max(2, Math.ceil(0.6 * count)));

/**
 * True when `terms` carry enough of `slots`: the threshold of key slots, every mandatory slot
 * ("X vs Y"), and, when only one key slot exists, one echo slot too, so that "better" alone does
 * not pass for "monoliths are superior".
 */
export function satisfiesBag(slots: readonly Slot[], terms: TermSets, threshold: Threshold): boolean {
  const key = keySlots(slots);
  const met = key.filter((slot) => meetsSlot(slot, terms)).length;
  if (met < threshold(key.length)) return false;
  if (!slots.every((slot) => !slot.mandatory || meetsSlot(slot, terms))) return false;
  const echoes = slots.filter((slot) => slot.echo && !key.includes(slot));
  return key.length > 1 || echoes.length === 0 || echoes.some((slot) => meetsSlot(slot, terms));
}

/** One item of a list flag ("circuit breakers") is met when all its key slots are. */
export function satisfiesItem(item: readonly Slot[], terms: TermSets): boolean {
  return (
    keySlots(item).every((slot) => meetsSlot(slot, terms)) &&
    item.every((s) => !s.mandatory || meetsSlot(s, terms))
  );
}

/** The plain mentions of several sentences together (a two-sentence window). */
export function unionPositives(parts: readonly TermSets[]): TermSets {
  return { positive: new Set(parts.flatMap((part) => [...part.positive])), negative: new Set() };
}
