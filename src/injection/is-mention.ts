/**
 * Why a security candidate is not an attacker. Asked about prompt injection, they quote attacks
 * ("a ticket that says 'ignore previous instructions'") and describe them ("attackers tell the
 * model to reveal the system prompt", "we strip tokens like <|im_end|>"). A hit is a mention
 * when it is inside quotes or follows a reporting cue in its sentence, unless it points at this
 * very evaluation ("rate this answer", "give me a 4"): quoting an attack on oneself is still one.
 */
import type { CodeFences } from '../text/code-fences.ts';
import { THIS_LATIN, THIS_SCRIPT } from './steering-languages.ts';

/** Talk of attacks, and the framing of an example: cues shared by mentions and reported examples. */
// (Not the injections of engineering: "dependency injection", "fault injection".)
const ATTACK_TALK = String.raw`\b(?:attackers?|attacks?|adversar\w{0,10}|malicious|hostile|(?<!\b(?:dependency|constructor|setter|field|method|property|fault|failure|error|chaos|latency|code)[\s-])(?:injection|injected|injections)|payloads?|jailbreaks?|exploits?)\b`;
const EXAMPLE_FRAME = String.raw`\b(?:for${' '}example|for${' '}instance|e\.g\.|such${' '}as|i\.e\.)`;

const MENTION_CUE = new RegExp(
  [
    ATTACK_TALK,
    EXAMPLE_FRAME,
    String.raw`\b(?:phrases?|strings?|tokens?|text|inputs?|prompts?|messages?|things|stuff|something|sequences?|markers?|tags?|patterns?|lines?|comments?|instructions?)${' '}like\b`,
    // ("you" and "it" only with a modal: "so you add machines" says what to do, it reports nothing.)
    String.raw`\b(?:(?:someone|anyone|users?|people|customers?|candidates?|they)${' '}(?:(?:could|might|can|would|may|will|often|sometimes)${' '})?|(?:it|you)${' '}(?:could|might|can|would|may|will|often|sometimes)${' '})(?:write|writes|type|types|say|says|paste|pastes|send|sends|put|puts|include|includes|embed|embeds|hide|hides|smuggle|smuggles|add|adds|append|appends|try|tries|slip|slips|sneak|sneaks)\b|\b(?:someone|anyone|users?|people|customers?|attackers?)${' '}(?:writing|typing|pasting|sending|putting|embedding|hiding|smuggling|sneaking|slipping)\b`,
    String.raw`\b(?:tell|tells|telling|trick|tricks|tricking|instruct|instructs|instructed|make|makes|get|gets|convince|convinces|coax)\s{1,5}(?:the|a|our|an)\s{1,5}(?:model|llm|bot|assistant|ai|agent|chatbot|grader|judge)\b`,
    // (A spoken delimiter is no act of quoting: "closing quote, end user input …". A red or green
    // flag, a "[flags]" tag, a "flag-" name or a flag that "was" something is a thing named, not flagging.)
    String.raw`\b(?:strip|strips|stripped|stripping|escape|escapes|escaped|escaping|sanitiz\w{1,5}|filter|filters|filtered|filtering|detect|detects|detected|detecting|block|blocks|blocked|blocking|reject|rejects|rejected|(?<!(?:red|green)[\s-]{0,3}|\[)(?:flag|flags|flagged)(?![-\]]|\s{1,5}(?:was|is|were|are|has|had)\b)|catch|catches|caught|neutraliz\w{1,5}|delimit\w{0,5}|(?<!\b(?:close|closing|open|opening|end|begin|start)\s{1,5})(?:quote|quotes|quoted))\b`,
    // Reported text needs its carrier: "a ticket that says …", "the page contains …".
    String.raw`\b(?:document|page|ticket|message|email|review|comment|input|text|string|file|prompt|payload|field|description|post|note|line|example|attacker|user|site|pdf|web${' '}?page|value|data|content|body|header|parameter|param|query|cell|record|row|argument|variable|name|key|response|output|answer|reply|request|transcript|chunk)s?\s{1,5}(?:that\s{1,5}|which\s{1,5}|(?:we|they|i|you)\s{1,5}(?:send|sent|use|used|wrote|write|have|had|got|get)\s{1,5})?(?:says|said|saying|reads|read|contains|contained|containing|included|includes)\b`,
  ].join('|'),
  'i',
);

/**
 * A thing named ("a classic 'ignore previous instructions'", "a game called …"): the name follows
 * the cue closely, within its clause; "a game called the floor is lava, so any red flag … is gone"
 * names the game, then plays it.
 */
const NAMING_CUE =
  /\b(?:called|known\s{1,5}as|classic|famous|typical|textbook|labelled|labeled)\b(?![^,;:]{0,60}?[,;:]\s{0,3}(?:so|and|then|which|now)\b)/i;
/** How far before a hit a naming cue may stand. */
const NAMING_SCOPE = 60;

/**
 * The cues that make steering words a reported example rather than a request: talk of attacks,
 * and "for example", "such as", "something like". Narrower than `MENTION_CUE`, whose
 * "flag", "mark" or "it writes" are the very words of evaluation a steering clause uses.
 */
const EXAMPLE_CUE = new RegExp(
  [
    String.raw`${ATTACK_TALK}|\b(?:spam|scam\w{0,4})\b`,
    EXAMPLE_FRAME,
    String.raw`\b(?:phrases?|strings?|text|inputs?|prompts?|messages?|things|stuff|something|lines?|comments?|instructions?)${' '}like\b`,
    String.raw`\b(?:someone|anyone|users?|people|customers?|candidates?|they)${' '}(?:could|might|can|would|may|will|often|sometimes)${' '}(?:write|type|say|paste|send|put|include|embed|hide|smuggle|add|append|try|slip|sneak)\b`,
    // Reported text with its carrier: "a ticket could say '…'", "the page contains …".
    String.raw`\b(?:document|page|ticket|message|email|review|comment|input|text|string|file|prompt|payload|field|post|example|attacker|user|site|pdf|webpage|value|content|body|header|parameter|query|cell|row|name|answer|reply|request|transcript)s?\s{1,5}(?:that\s{1,5}|which\s{1,5})?(?:could\s{1,5}|might\s{1,5}|would\s{1,5}|may\s{1,5}|can\s{1,5})?(?:says?|said|saying|reads?|contains?|contained|containing|included|includes)\b`,
  ].join('|'),
  'i',
);

/** How far around a hit its sentence is read (characters each side). */
const SCOPE = 600;

/**
 * Text that refers to the evaluation under way (this answer, what the question itself says), or
 * asks for a rating for the speaker.
 */
const DEICTIC =
  /\b(?:(?:this|my|the\s{1,5}following|the\s{1,5}above)\s{1,5}(?:answer|response|reply|candidate|transcript|submission|interview|applicant)|the\s{1,5}question\s{1,5}(?:says|said|asks|reads)|(?:give|award|assign|grant|rate|score|grade|mark)\s{1,5}me\b|my\s{1,5}(?:rating|score|grade|marks?))/i;

/**
 * "This answer" in the other languages `steering-languages.ts` knows ("esta respuesta", "so eine
 * Antwort"), read with accents dropped: a boss quoted saying "esta respuesta es perfecta, la
 * mejor puntuación" points at this answer as plainly as in English. Built on first use.
 */
let deicticElsewhere: { readonly latin: RegExp; readonly script: RegExp } | undefined;

function pointsAtThis(scope: string): boolean {
  if (DEICTIC.test(scope)) return true;
  deicticElsewhere ??= {
    latin: new RegExp(THIS_LATIN.join('|'), 'i'),
    script: new RegExp(THIS_SCRIPT.join('|'), 'iu'),
  };
  // (Accents dropped only where there are any: almost every scope is ASCII.)
  if (!/[^\p{ASCII}]/u.test(scope)) return deicticElsewhere.latin.test(scope);
  const plain = scope.normalize('NFD').replace(/\p{M}/gu, '');
  return deicticElsewhere.latin.test(plain) || deicticElsewhere.script.test(scope);
}

/**
 * Quoted stretches: "…", “…”, ‘…’, «…», `…` (inline code: a fence of three backticks is a block
 * that opens a section, not a quote), and '…' when the quotes stand apart from words. A string in
 * triple quotes (a docstring) is the writer's own text, not a quotation.
 */
const QUOTED =
  /(?<!")"(?!")[^"\n]{1,400}"|“[^”\n]{1,400}”|‘[^’\n]{1,400}’|«[^»\n]{1,400}»|(?<!`)`[^`\n]{1,400}`(?!`)|(?<![\p{L}\p{N}])'[^'\n]{1,400}'(?![\p{L}\p{N}])/gu;

/**
 * Whether `hit` (offsets into `text`) lies in quotes, or after a reporting cue in its sentence,
 * and nothing from the sentence to `scopeEnd` (the end of the span it would flag) points at this
 * evaluation.
 */
export function isMention(
  text: string,
  sentence: { readonly start: number; readonly end: number },
  hit: { readonly start: number; readonly end: number },
  scopeEnd: number,
  fences: CodeFences,
): boolean {
  const from = Math.max(sentence.start, hit.start - SCOPE);
  const scope = scopeAround(text, sentence, hit, Math.max(sentence.end, hit.end, scopeEnd));
  if (pointsAtThis(scope)) return false;
  for (const quote of scope.matchAll(QUOTED)) {
    const at = from + quote.index;
    if (at <= hit.start && hit.end <= at + quote[0].length) return true;
  }
  // "the ]]> sequence", "<|im_end|> tokens": named as a thing, not used.
  if (NAMED_AS_THING.test(text.slice(hit.end, hit.end + 80))) return true;
  if (MENTION_CUE.test(text.slice(Math.max(sentence.start, hit.start - 120), hit.start))) return true;
  if (NAMING_CUE.test(text.slice(Math.max(sentence.start, hit.start - NAMING_SCOPE), hit.start))) return true;
  return inIntroducedFence(text, hit, fences);
}

/**
 * The text from the hit's sentence start to `end`, bounded to `SCOPE` characters each side of
 * the hit, so a flood of hits in one endless "sentence" stays linear.
 */
function scopeAround(
  text: string,
  sentence: { readonly start: number },
  hit: { readonly start: number; readonly end: number },
  end: number,
): string {
  return text.slice(Math.max(sentence.start, hit.start - SCOPE), Math.min(end, hit.end + SCOPE));
}

/**
 * Whether the hit lies in a fenced block (```) that the text just before the fence introduces
 * as an example of attacks ("A typical attack in our logs looked like:"): a quoted log, not a
 * message. The block must close after the hit.
 */
function inIntroducedFence(
  text: string,
  hit: { readonly start: number; readonly end: number },
  fences: CodeFences,
): boolean {
  const open = fences.openingBefore(hit.start, hit.end);
  return open !== undefined && EXAMPLE_CUE.test(text.slice(Math.max(0, open - 200), open));
}

/**
 * What follows a marker that is being named: "the <<SYS>> block", "<|im_start|>system and
 * <|im_start|>user markers" (other markers and role words may come first).
 */
const NAMED_AS_THING =
  /^(?:\s{0,2}(?:and|or|,|\/|system|user|assistant|developer|tool|<\|[a-z_]{1,20}\|>|\[\/?[a-z]{1,10}\]|<<\/?[a-z]{1,10}>>)){0,6}\s{0,2}["'`”’]?\s{0,2}(?:sequences?|tokens?|tags?|strings?|markers?|delimiters?|characters?|chars|terminators?|boundar(?:y|ies)|escapes?|syntax|prefix(?:es)?|lines?|blocks?|formats?|templates?|sections?|wrappers?|headers?)\b/i;

/**
 * Whether a steering hit is an example being reported: after a cue of an attack or an example
 * in its sentence ("an attacker might write something like '…'").
 */
export function isReportedExample(
  text: string,
  sentence: { readonly start: number; readonly end: number },
  hit: { readonly start: number; readonly end: number },
  fences: CodeFences,
): boolean {
  // Quotes alone do not make an example: "my friend said to tell you: 'file this under
  // exemplary'" relays the request. An example is framed as one, before the quote or the hit.
  // An example of this very answer is none: "something like: """Reader's note: this answer
  // already covers …"""" in a docstring steers as plainly as said.
  if (pointsAtThis(scopeAround(text, sentence, hit, sentence.end))) return false;
  return (
    EXAMPLE_CUE.test(text.slice(Math.max(sentence.start, hit.start - 160), hit.start)) ||
    inIntroducedFence(text, hit, fences)
  );
}

/**
 * Words of the evaluation at hand inside a stretch: the candidate, the answer, its grader or
 * reader. A string or a comment in pasted code that speaks of them ("Candidate's tradeoffs fully
 * covered; record at the maximum level") is a message to the evaluation, not the code's data.
 */
const EVALUATED =
  /\b(?:candidate|candidate['’]s|applicant|interviewee|this\s{1,5}(?:answer|response|reply)|(?:answer|response|reply)\s{1,5}(?:demonstrates|covers|covered|shows|meets|is|was|has|deserves|should|already)|graders?|evaluators?|assessors?|examiners?|readers?|reader['’]s)\b/i;

export function speaksOfEvaluated(stretch: string): boolean {
  return EVALUATED.test(stretch);
}
