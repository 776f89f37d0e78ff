import { splitSentences } from './heuristic/split-sentences.ts';

/** What `detectInjection` found: the verbatim sentences that try to steer the evaluator. */
export interface InjectionReport {
  readonly suspected: boolean;
  readonly matches: readonly string[];
}

const EVALUATOR = String.raw`(?:ai|a\.i\.|evaluator|grader|model|llm|assistant|judge|reviewer|scorer|rater|bot|gpt|chatgpt|claude|language model)`;
const TOP_MARK = String.raw`(?:[1-4](?!\d|\.\d)|four|strong|excellent|perfect|top|full|max(?:imum)?|highest|high)`;

/**
 * Patterns of text addressed to an evaluator rather than to an interviewer. Each is narrow on
 * purpose: "the system prompt of our chatbot", "we rate limit at 4 rps" or "note to self" are
 * things engineers say in interviews and must not trip it.
 */
const PATTERNS: readonly RegExp[] = [
  /\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:the\s+|your\s+)?(?:previous|prior|above|preceding|earlier|original|existing)\s+(?:instructions?|prompts?|directions|guidance|messages?|context|rules|criteria|rubric)/i,
  /\b(?:disregard|forget|ignore|override)\s+(?:the\s+|your\s+)?(?:rubric|grading criteria|scoring rules|system prompt|instructions)\b/i,
  new RegExp(
    String.raw`\b(?:rate|score|grade|mark|evaluate|assess|judge|classify)\s+(?:this|the|my)\s+(?:answer|response|reply|candidate|transcript)\s+(?:as|a|an|at|with|to be|highly|${TOP_MARK})\b`,
    'i',
  ),
  new RegExp(
    String.raw`\b(?:give|assign|award)\s+(?:this|the|my|it|me)\s+(?:answer\s+|response\s+|candidate\s+)?(?:an?\s+)?${TOP_MARK}\b`,
    'i',
  ),
  /\b(?:score|rating|grade|verdict)\s*[:=]\s*["']?(?:[1-4](?!\d|\.\d)|four|strong|excellent|adequate|weak|red_flag|pass)\b/i,
  /\b(?:correct|right|expected|appropriate|proper|final)\s+(?:rating|score|grade)\s+(?:is|would be|should be|=)/i,
  /\b(?:this|the|my)\s+(?:answer|response)\s+(?:should|must|deserves to|needs to)\s+(?:be\s+)?(?:rated|scored|graded|marked|considered|get|receive)\b/i,
  new RegExp(String.raw`\bnote\s+(?:to|for)\s+(?:the\s+|any\s+)?${EVALUATOR}\b`, 'i'),
  new RegExp(
    String.raw`\b(?:dear|hey|hello|attention|instructions?\s+(?:to|for))\s*,?\s+(?:the\s+)?${EVALUATOR}\b`,
    'i',
  ),
  /\b(?:your|new|updated|override|overriding|ignore|reveal|print|repeat|the above)\s+(?:the\s+)?system\s+(?:prompt|message|instructions)\b/i,
  /(?:^|\n)\s*[[(<]?\s*(?:system|assistant)\s*(?:prompt|message)?\s*[\])>]?\s*:/i,
  new RegExp(String.raw`\byou\s+are\s+now\s+(?:an?|the|my)\s+(?:\w+\s+){0,3}?(?:${EVALUATOR}|dan)\b`, 'i'),
  /\byou\s+are\s+now\s+in\s+\w+\s+mode\b/i,
  /\bfrom\s+now\s+on,?\s+you\s+(?:will|must|should|are)\b/i,
  new RegExp(
    String.raw`\b(?:act|behave|respond)\s+as\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:${EVALUATOR})\b`,
    'i',
  ),
  /\bpretend\s+(?:to\s+be|you\s+are)\b/i,
  /<\/?\s*(?:answer|transcript|candidate[_ -]?answer|response|system|instructions?|user|assistant|rubric|prompt)\b[^>]*>/i,
  /<\|[a-z_]+\|>|\[\/?(?:system|inst|instructions?)\]/i,
  /\bend\s+of\s+(?:the\s+)?(?:answer|transcript|candidate'?s?\s+answer|response|user input)\b/i,
  /\b(?:begin|start)\s+(?:of\s+)?(?:new\s+)?(?:instructions|system (?:prompt|message))\b/i,
  /\b(?:mark|set|treat|consider|report)\s+(?:all|every|each)\s+(?:of\s+)?(?:the\s+)?(?:green\s+)?flags?\s+(?:as\s+)?(?:present|met|satisfied)\b/i,
  /\b(?:all|every)\s+(?:the\s+)?green\s+flags?\s+(?:are|is|were)\s+(?:present|met|satisfied)\b/i,
];

/**
 * Finds text that tries to instruct or steer the evaluator ("ignore previous instructions",
 * "rate this answer as strong", "note to the grader", "score: 4", `</answer>`, "you are now …").
 * Pure and deterministic; returns each offending sentence once, verbatim, in answer order.
 */
export function detectInjection(text: string): InjectionReport {
  const matches: string[] = [];
  for (const { text: sentence } of splitSentences(text)) {
    const normalized = sentence.replace(/[\u2018\u2019]/g, "'");
    if (PATTERNS.some((pattern) => pattern.test(normalized)) && !matches.includes(sentence)) {
      matches.push(sentence);
    }
  }
  return { suspected: matches.length > 0, matches };
}
