import { MIN_CALIBRATION_ITEMS } from './label-bias.ts';
import type { InterviewerReport } from './schema.ts';

const signed = (value: number): string => {
  const text = value.toFixed(2);
  return value > 0 && text !== '0.00' ? `+${text}` : text === '-0.00' ? '0.00' : text.replace('-', '−');
};

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The label in plain words, for a hiring manager who does not read confidence intervals: what
 * the interviewer does, by how much, how sure we are, and (when κ says so) whether they order
 * answers the way the rubric does.
 */
export function readInterviewer(
  report: Pick<InterviewerReport, 'n' | 'meanBias' | 'biasCi95' | 'label' | 'quadraticKappa'>,
): string {
  const { n, meanBias, biasCi95, label, quadraticKappa } = report;
  const points = `${signed(meanBias)} points`;
  const interval = biasCi95 === null ? '' : ` (95% CI ${signed(biasCi95[0])} to ${signed(biasCi95[1])})`;
  const items = plural(n, 'item');
  let text: string;
  if (label === 'lenient') {
    text = `Rates higher than the rubric: ${points} on average${interval} over ${items}.`;
  } else if (label === 'severe') {
    text = `Rates lower than the rubric: ${points} on average${interval} over ${items}.`;
  } else if (label === 'calibrated') {
    text = `In line with the rubric: ${points} on average${interval} over ${items}, within a point either way.`;
  } else if (n < MIN_CALIBRATION_ITEMS) {
    return `Too few items to tell: ${items} rated by both (at least ${MIN_CALIBRATION_ITEMS} needed); average ${points}.`;
  } else if (quadraticKappa === null) {
    return `Cannot tell: the ratings over ${items} did not vary enough to compare them (average ${points}).`;
  } else {
    const range = biasCi95 === null ? '' : ` (${signed(biasCi95[0])} to ${signed(biasCi95[1])})`;
    return `Cannot tell yet: ${points} on average over ${items}, but the 95% CI${range} is too wide to say; more rated items would settle it.`;
  }
  if (quadraticKappa !== null && quadraticKappa < 0.4) {
    text += ` Their ratings also order answers differently from the rubric (quadratic κ ${quadraticKappa.toFixed(2)}).`;
  }
  return text;
}
