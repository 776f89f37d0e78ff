import { eng } from 'stopword';
import { normalizeText, splitWords } from './tokenize-text.ts';

/** Words that carry no content in an interviewer's interjection ("mm-hm", "right, got it", "makes sense"). */
const BACK_CHANNEL_WORDS: ReadonlySet<string> = new Set([
  ...eng,
  ...'mm hm mhm mmhm hmm uh huh um ah oh ok okay yeah yep yes sure right alright fine great good nice cool perfect awesome excellent interesting gotcha got see sense makes made fair enough totally absolutely exactly true agreed correct go continue please sorry thanks thank cheers wow understood understand noted yup indeed definitely'.split(
    ' ',
  ),
]);

/** The interview is winding down: the candidate's turn to ask, closing courtesies. */
const CLOSING =
  /\b(?:any (?:other )?questions (?:for|about) (?:me|us|the team|the role|the company)|any (?:other )?questions$|what questions|questions do you have|anything (?:you(?:d| would)? (?:like|want) to (?:ask|know))|that(?:s| is) (?:all|it|everything|my list)(?: (?:from me|i have|for today|from my (?:side|end)|my questions|the questions|my (?:\w+ )?questions))?$|that(?:s| is) all (?:my|the) (?:\w+ )?questions|wrap(?:ping)? up|thank(?:s| you) for your time|(?:almost|nearly|running) (?:at|out of) time|out of time|minutes left)/m;

/** The interviewer lays out the plan ("I'll ask about…, then we'll talk about…"): topics named, none asked. */
const AGENDA =
  /\b(?:(?:plan|agenda) for (?:today|this|the)|(?:ill|i will|were going to|we will|well) (?:ask (?:you )?(?:about|a few|some)|talk about|cover|go through|spend|start with|then)|this (?:round|session|interview) (?:is|will))\b/;

/** Moving the interview along or to another subject: ends the current answer span. */
const TRANSITION =
  /\b(?:moving on|move on|next question|next one|on to the next|switch(?:ing)? (?:gears|topics?)|chang(?:e|ing) (?:gears|topics?)|different (?:topic|angle)|shift(?:ing)? (?:gears|topics?)|let(?:s| us) (?:talk|move|switch|turn|shift|go|change|pivot|do|start)|let me (?:ask (?:you )?about|switch|move|turn|change)|step back|last question|final question|one more (?:question|thing)|tell (?:me|us) about (?:a |an |your |the |something |yourself)|(?:a|one|your) (?:\w+ )?(?:project|accomplishment|achievement) (?:you|that)|salary|compensation|notice period|where do you see yourself|outside (?:of )?work|what drew you|why (?:do you want|are you (?:looking|leaving|interested))|(?:looking|hoping) (?:for|to do) in (?:your|a) next)/;

/** Refers back to what was just said: keeps the current span open. */
const FOLLOW_UP =
  /\b(?:(?:say|tell me|talk|speak|hear) (?:a (?:little )?bit |a little |some )?more|more (?:detail|about|on|specific)|elaborate|expand on|go deeper|dig (?:in|into|deeper)|unpack|what about|how about|what if|what would happen|what happens (?:if|when)|then what|what else|anything (?:else|more)|for (?:example|instance)|an example|concretely|follow[- ]up|you mentioned|you said|you talked about|you brought up|why|how come|how so|in what way|such as|downsides?|drawbacks?|upsides?|pros and cons|other options|alternatives?|differently|in hindsight)\b/;

/** A question that opens with a conjunction ("And how do you recover?", "So when would you split?"). */
const CONJUNCTION_START = /^(?:(?:ok|okay|right|sure|mm hm|hm|yeah)[ ,]+)*(?:and|so|but|or|then)\b/;

/** A short question pointing back with a pronoun ("How would a circuit breaker help there?"). */
const ANAPHORA = /\b(?:that|this|those|these|there|it|them)\b/;
const SHORT_QUESTION_WORDS = 12;

const QUESTION_START =
  /^(?:(?:so|and|but|ok|okay|alright|right|now|then|well|great|cool|sure|thanks|thank you)[ ,]+)*(?:how|what|why|when|where|which|who|whats|hows|can you|could you|would you|will you|do you|did you|have you|are you|is there|is it|tell me|walk me|talk me|take me|describe|explain|give me|share)\b/;

/** Letters, digits and single spaces: for matching cue phrases. */
function plain(text: string): string {
  return normalizeText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** One plain sentence a line, so cues anchored at a sentence end (`any questions$`) can match. */
function sentencesOf(text: string): string {
  return normalizeText(text)
    .split(/[.?!;\n]+/)
    .map(plain)
    .join('\n');
}

/** "Any questions for me?", "that's all from me", "we're almost at time": the rubric part is over. */
export function hasClosingCue(text: string): boolean {
  return CLOSING.test(sentencesOf(text));
}

/** "The plan for today: I'll ask about…": an agenda names topics without asking them. */
export function hasAgendaCue(text: string): boolean {
  return AGENDA.test(plain(text));
}

/** "Moving on", "let's talk about…", "tell me about a project…", closings: the exchange is over. */
export function hasTransitionCue(text: string): boolean {
  return TRANSITION.test(plain(text)) || CLOSING.test(sentencesOf(text));
}

/** "Can you say more about…", "what about…", "and how…?", "you mentioned…": refers back to the answer. */
export function hasFollowUpCue(text: string): boolean {
  const words = plain(text);
  if (FOLLOW_UP.test(words)) return true;
  if (!text.includes('?') || splitWords(text).length > SHORT_QUESTION_WORDS) return false;
  const lastSentence =
    normalizeText(text)
      .split(/[.!]\s+/)
      .pop() ?? '';
  return ANAPHORA.test(words) || CONJUNCTION_START.test(plain(lastSentence));
}

/** An interjection inside the candidate's answer: no question, no content of its own. */
export function isBackChannel(text: string): boolean {
  if (text.includes('?')) return false;
  return splitWords(text).every((word) => BACK_CHANNEL_WORDS.has(word));
}

/** Asks something: a question mark, or starts like a question or a prompt ("tell me…", "walk me…"). */
export function isQuestionLike(text: string): boolean {
  if (text.includes('?')) return true;
  const sentences = normalizeText(text).split(/[.!;:\n]+/);
  return sentences.some((sentence) => QUESTION_START.test(sentence.replace(/[^\p{L}\p{N} ]/gu, ' ').trim()));
}
