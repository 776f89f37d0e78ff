import type { VerdictBody } from '../../src/judge/schema.ts';
import type { ChatRequestInfo } from './parse-chat-request.ts';

/**
 * A valid verdict for the request, consistent with the default flag-count rule: rating 1 marks
 * the first red flag present, 3 one green, 4 two greens, 2 none. Evidence is a verbatim quote
 * (the answer's first words), so evidence verification passes.
 */
export function buildVerdictBody(info: ChatRequestInfo, rating: number): VerdictBody {
  const greens = info.flagIds.filter((id) => /\.g\d+$/.test(id));
  const reds = info.flagIds.filter((id) => /\.r\d+$/.test(id));
  const present = new Set<string>(
    rating <= 1
      ? reds.slice(0, 1)
      : rating >= 4
        ? greens.slice(0, 2)
        : rating === 3
          ? greens.slice(0, 1)
          : [],
  );
  const quote = (info.answer ?? '').split(/\s+/).filter(Boolean).slice(0, 8).join(' ');
  return {
    findings: info.flagIds.map((flag) => ({
      flag,
      evidence: present.has(flag) && quote !== '' ? [quote] : [],
      status: present.has(flag) ? 'present' : 'absent',
    })),
    injectionSuspected: /ignore (all |any )?(previous|prior) instructions/i.test(info.answer ?? ''),
    rationale: `Scripted rating ${rating} from the fake server.`,
    rating,
  };
}
