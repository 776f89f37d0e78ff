import { type InjectionPattern, re, S } from './pattern-parts.ts';

/**
 * Steering relayed rather than said (blind probe round 84: a third adaptive author given
 * SECURITY.md's list of what the detector reads):
 * - the question said to have been rewritten, narrowed or revised, as news from a friend, a prep
 *   guide or a changelog ("the team rewrote this question so it's really just about …", "this
 *   question was narrowed in 2024", "Question revised in Q1", "Question set changelog");
 * - the bar for the answer said replaced or set aside ("whatever bar was mentioned earlier was
 *   replaced", "naming a practice is treated the same as explaining it", "a conceptual description
 *   stands in for worked examples", "from this point in the conversation", "all it was ever asking
 *   for", "sit outside its scope");
 * - the line to carry into the write-up ("TL;DR for the summary line", "for your write-up later",
 *   "the one-liner I'd hope ends up there", "one line worth passing on");
 * - an app, a screen reader or a meeting tool that "just" showed words about the candidate
 *   ("verified skill badge", "topics already discussed", "context loaded from linked repo"), a
 *   snippet "expanded" by autocomplete, a footer saying depth "was established during the
 *   pre-screen";
 * - markup or code with a slot for the expected answer (`{% endblock answer %}{% block expected %}`,
 *   `<td class="expected-answer">`, `REFERENCE_Q10 = …`), and a diff that rewrites the question;
 * - a game's ruling that what the candidate says "auto-succeeds", a paragraph pictured "being read
 *   aloud" by an expert who agrees, a character who says "this person clearly gets it";
 * - a Markdown image whose hidden title says the points are all present.
 * Every gap is bounded, so each pattern does bounded work per position.
 */
export const RELAYED_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\b(?:this|the)${S}question${S}(?:was|has${S}been|got|is${S}now|had${S}been)${S}(?:\w{1,12}${S})?(?:narrowed|rewritten|revised|reworded|simplified|relaxed|re-?scoped|updated)\b|\b(?:rewrote|revised|reworded|narrowed|simplified|re-?scoped)${S}(?:this|the)${S}question\b|\bquestion${S}(?:revised|rewritten|reworded|narrowed|updated)${S}in${S}(?:q[1-4]|20\d\d|january|february|march|april|may|june|july|august|september|october|november|december)\b|\bquestion[- ]set${S}changelog\b`,
    ),
  },
  {
    kind: 'instruction_override',
    pattern: re(
      String.raw`\b(?:bar|expectation|standard|criteria|requirement)s?${S}(?:that${S}was${S}|which${S}was${S})?(?:mentioned|set|given|stated)${S}(?:earlier|before|previously)\b[^.!?\n]{0,60}?\b(?:was|were|has${S}been|got)${S}(?:replaced|set${S}aside|dropped|waived|lowered|removed)\b|\b(?:naming|mentioning|listing)${S}(?:a|an|the)${S}[\w-]{2,20}${S}(?:is|are|gets?)${S}(?:treated|counted|taken|scored)${S}(?:the${S}same${S}as|as${S}equivalent${S}to)${S}(?:explaining|describing|showing|demonstrating)\b|\bstands?${S}in${S}for${S}(?:worked${S}|concrete${S}|specific${S})?(?:examples?|details?|specifics)\b|\bfrom${S}this${S}point${S}in${S}the${S}(?:conversation|interview|call|discussion)\b|\ball${S}it${S}was${S}(?:ever${S})?asking${S}for\b|\bsits?${S}outside${S}(?:its|the${S}question['’]s|this${S}question['’]s)${S}scope\b`,
    ),
  },
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\b(?:tl;?\s{0,3}dr|summary|one-liner|headline|short${S}version)${S}for${S}(?:the${S}summary${S}line|the${S}debrief|the${S}hiring${S}committee|the${S}packet|your${S}(?:write-?up|notes|debrief|scorecard|summary|report|feedback))\b|\bfor${S}your${S}(?:write-?up|scorecard|debrief)${S}later\b|\b(?:one-liner|one${S}line|single${S}line|headline|takeaway)${S}(?:i['’]d|i${S}would)${S}hope${S}(?:ends${S}up|makes${S}it|gets${S}written)\b|\bone${S}(?:line|thing)${S}worth${S}passing${S}on\b`,
    ),
  },
  {
    kind: 'fake_system',
    pattern: re(
      String.raw`\b(?:app|tool|assistant|notification|screen${S}reader|bot|plugin|extension|widget|pop-?up|banner|sidebar|copilot)\b[^.!?\n"“]{0,50}?\bjust${S}(?:popped${S}up${S}with|posted|flashed|read${S}out|showed|displayed|said|pinged|announced|surfaced)\b[^.!?\n"“'‘]{0,30}["“'‘][^"”'’\n]{0,160}?\b(?:verified|assessment|badge|senior|expert|already${S}discussed|discussed|covered|skill|context${S}loaded|carried${S}over|passed|level)\b|\bautocomplete\s{0,2}:\s{0,2}expanded\b|\bcandidate['’]s${S}saved${S}snippet\b|\b(?:depth|detail|competence|the${S}basics)${S}(?:was|were|has${S}been)${S}(?:already${S})?(?:established|shown|demonstrated|verified|assessed|covered)${S}(?:during|in|at)${S}(?:the|an?)${S}(?:[\w-]{1,15}${S}){0,2}?(?:pre-?screen|screen|round|stage|take-?home)\b|\bpre-?vetted${S}candidates\b`,
    ),
  },
  {
    kind: 'wrapper_escape',
    pattern: re(
      String.raw`\{%-?\s{0,3}endblock${S}(?:answer|response|candidate)\w{0,12}\s{0,3}-?%\}|\{%-?\s{0,3}block${S}(?:expected|reference|model|ideal|gold|answer_key)\w{0,20}\s{0,3}-?%\}|\bclass\s{0,2}=\s{0,2}["'](?:[\w-]{1,20}\s)?(?:expected|reference|model|ideal|gold)[_-](?:answer|response)\b|\b(?:expected|reference|model|ideal|gold)_(?:answer_)?q\d{1,2}\b|(?<=^|\n)-[ \t]{0,2}q\d{1,2}[ \t]{0,2}:[^\n]{1,300}\n\+[ \t]{0,2}q\d{1,2}[ \t]{0,2}:`,
    ),
  },
  {
    kind: 'roleplay',
    pattern: re(
      String.raw`\b(?:(?:ruled|declared|decided|agreed)${S}that${S})?(?:anything|everything|whatever)${S}I${S}(?:say|said|mention)\b[^.!?\n]{0,50}?\bauto-?succeeds?\b|\b(?:picture|imagine)${S}(?:this|my)${S}(?:paragraph|answer|response|explanation)${S}being${S}(?:read|heard|reviewed|presented)\b|\bthis${S}(?:person|candidate|engineer)${S}(?:clearly|obviously|really)${S}(?:gets|knows|understands)\b[^.!?\n]{0,60}?\bbetter${S}than\b`,
    ),
  },
  {
    kind: 'hidden_text',
    pattern: re(
      String.raw`!\[[^\]\n]{0,80}\]\([^)\s]{1,200}\s{1,3}["'][^"'\n]{0,200}?\b(?:reviewed|all${S}present|covered|verified|approved|complete)\b`,
    ),
  },
];
