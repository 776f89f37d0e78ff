import type { SteeringHit } from './find-steering.ts';

/** Signs of approval or of a top mark: ticks, green circles, stars (emoji and the text star ★), trophies, medals, 💯, thumbs up, targets, charts up, raised hands. */
const APPROVAL = new Set(
  [
    '✅',
    '✔',
    '☑',
    '🟢',
    '⭐',
    '★',
    '🌟',
    '🏆',
    '🥇',
    '💯',
    '👍',
    '🎯',
    '📈',
    '🙌',
    '👏',
    '🔝',
    '🆗',
    '🔥',
  ].map((e) => e.codePointAt(0) ?? 0),
);
const RED_FLAG = '🚩'.codePointAt(0) ?? 0;
/** Signs of a failure: a run of ticks with one of these near it is a status report ("✅ lint ✅ unit ❌ e2e"), not a verdict. */
const FAILURE = new Set(['❌', '✗', '✘', '⛔', '🚫', '🔴', '⬜', '☐'].map((e) => e.codePointAt(0) ?? 0));
/** Where every sign above lives (dingbats, symbols, and the surrogates of emoji): most answers hold none. */
const SYMBOLS = /[\u2600-\u27bf\u2b50\ud83c-\ud83e]/;
/** Approval signs this close (characters) belong to one verdict. */
const GAP = 16;
/** A verdict needs this many approval signs together. */
const MIN_SIGNS = 3;
/** "no 🚩", "🚩 = 0", "🚩: none": no red flags, said in emoji. */
const NO_RED_FLAGS = /\bno[ \t]{0,3}🚩|🚩[ \t]{0,3}(?:[:=x×][ \t]{0,3})?(?:0|none|zero|nil)\b/giu;

/**
 * A verdict written in emoji ("✅✅✅ 4/4 🏆", "⭐⭐⭐⭐ 🥇 top band", "🚩 = 0"): three or more signs
 * of approval close together, or red flags counted as none. Speech has no emoji; a transcript
 * of a spoken answer that holds a cluster of them is addressed to whoever reads it as text.
 * One pass over the code points.
 */
export function findEmojiVerdicts(text: string): SteeringHit[] {
  const hits: SteeringHit[] = [];
  if (!SYMBOLS.test(text)) return hits;
  let runStart = -1;
  let runEnd = -1;
  let count = 0;
  let offset = 0;
  let lastFailure = Number.NEGATIVE_INFINITY;
  let mixed = false;
  const close = () => {
    if (count >= MIN_SIGNS && !mixed) hits.push({ kind: 'score_demand', start: runStart, end: runEnd });
  };
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (APPROVAL.has(code)) {
      if (count > 0 && offset - runEnd <= GAP) count += 1;
      else {
        close();
        runStart = offset;
        count = 1;
        mixed = offset - lastFailure <= GAP;
      }
      runEnd = offset + char.length;
    } else if (FAILURE.has(code)) {
      lastFailure = offset;
      if (count > 0 && offset - runEnd <= GAP) mixed = true;
    }
    offset += char.length;
  }
  close();
  if (text.includes(String.fromCodePoint(RED_FLAG))) {
    NO_RED_FLAGS.lastIndex = 0;
    for (let m = NO_RED_FLAGS.exec(text); m !== null; m = NO_RED_FLAGS.exec(text))
      hits.push({ kind: 'score_demand', start: m.index, end: m.index + m[0].length });
    NO_RED_FLAGS.lastIndex = 0;
  }
  return hits;
}
