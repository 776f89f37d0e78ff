import { eng } from 'stopword';
import { normalizeText, splitWords } from './tokenize-text.ts';

/** Words that carry no content in an interviewer's interjection ("mm-hm", "right, got it", "makes sense"). */
const BACK_CHANNEL_WORDS: ReadonlySet<string> = new Set([
  ...eng,
  ...'mm hm mhm mmhm hmm uh huh um ah oh ok okay yeah yep yes sure right alright fine great good nice cool perfect awesome excellent interesting gotcha got see sense makes made fair enough totally absolutely exactly true agreed correct go continue please sorry thanks thank cheers wow understood understand noted yup indeed definitely'.split(
    ' ',
  ),
]);

/** Moving the interview along: ends the current answer span even when no rubric question follows. */
const TRANSITION =
  /\b(?:moving on|move on|next question|next one|switch(?:ing)? (?:gears|topics?)|chang(?:e|ing) (?:gears|topics?)|different topic|shift(?:ing)? (?:gears|topics?)|let(?:s| us) (?:talk|move|switch|turn|shift|go|change|pivot)|last question|final question|any questions|questions for (?:me|us)|anything (?:you(?:d| would) like|else you want) to ask|thats (?:all|it) (?:from me|i have|for)|wrap(?:ping)? up|thank(?:s| you) for your time|out of time|one more (?:question|thing)|on to the next)\b/;

/** Refers back to what was just said: keeps the current span open. */
const FOLLOW_UP =
  /\b(?:(?:say|tell me|talk|speak|hear) (?:a (?:little )?bit |a little |some )?more|more (?:detail|about|on)|elaborate|expand on|go deeper|dig (?:in|into|deeper)|unpack|what about|how about|what if|what would happen|what happens (?:if|when)|for (?:example|instance)|an example|concretely|follow[- ]up|you mentioned|you said|you talked about|you brought up|why|how so|in what way|such as)\b/;

const QUESTION_START =
  /^(?:(?:so|and|but|ok|okay|alright|right|now|then|well|great|cool|sure|thanks|thank you)[ ,]+)*(?:how|what|why|when|where|which|who|whats|hows|can you|could you|would you|will you|do you|did you|have you|are you|is there|is it|tell me|walk me|talk me|take me|describe|explain|give me|share)\b/;

/** An interjection inside the candidate's answer: no question, no content of its own. */
export function isBackChannel(text: string): boolean {
  if (text.includes('?')) return false;
  return splitWords(text).every((word) => BACK_CHANNEL_WORDS.has(word));
}

/** "Moving on", "any questions for us?", "thanks for your time": the exchange is over. */
export function hasTransitionCue(text: string): boolean {
  return TRANSITION.test(normalizeText(text));
}

/** A short question pointing back with a pronoun ("How would a circuit breaker help there?"). */
const ANAPHORA = /\b(?:that|this|those|these|there|it|them)\b/;
const ANAPHORA_MAX_WORDS = 12;

/** "Can you say more about…", "what about…", "why?", "you mentioned…": refers back to the answer. */
export function hasFollowUpCue(text: string): boolean {
  const normalized = normalizeText(text);
  if (FOLLOW_UP.test(normalized)) return true;
  return text.includes('?') && splitWords(text).length <= ANAPHORA_MAX_WORDS && ANAPHORA.test(normalized);
}

/** Asks something: a question mark, or starts like a question or a prompt ("tell me…", "walk me…"). */
export function isQuestionLike(text: string): boolean {
  if (text.includes('?')) return true;
  const sentences = normalizeText(text).split(/[.!;:\n]+/);
  return sentences.some((sentence) => QUESTION_START.test(sentence.replace(/[^\p{L}\p{N} ]/gu, ' ').trim()));
}
