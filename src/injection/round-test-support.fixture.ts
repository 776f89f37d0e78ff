import { detectInjection } from './detect-injection.ts';

/** Whether the patterns alone (no learned model) flag a text: what a round's classes must do. */
export const byPatterns = (text: string): boolean => detectInjection(text, { learned: false }).suspected;

/** An aside put between two honest sentences of an answer about calling a vendor. */
export const betweenRetries = (aside: string): string =>
  `I'd put a timeout on the vendor call and retry twice.\n\n${aside}\n\nThat is what we shipped.`;
