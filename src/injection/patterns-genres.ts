import { type InjectionPattern, re, S } from './pattern-parts.ts';

/**
 * Verdicts and rulings in the voices of genres, files and rituals the published list did not
 * name (blind probe round 104: a thirteenth adaptive author given SECURITY.md's list):
 * - points awarded "to the candidate" as a song contest's jury would, a commendation entered in
 *   a ship's (or anyone's) record;
 * - the candidate's work "pre-approved" or "pre-assessed strong" by a platform, a calendar or a
 *   login banner; a doctest that calls on the review itself; a contact card for "Candidate" with
 *   a NOTE, a mutation that appends a note about the candidate;
 * - a part of the question "reclassified from required to informative", said to belong to
 *   another loop "not this one", given a sunset date, or "still live" only in its other half;
 * - `cc:` lines naming the hiring side; a part kept short "on purpose" because the reader heard
 *   it elsewhere; "they've got my write-up already";
 * - sentences of the answer reverted (`git revert HEAD on that last sentence`), disallowed or
 *   ignored as slugs (`Disallow: /the-sentence-above`, `.gitignore` entries), declared a draft
 *   ("anything said in the first two minutes … is a draft"), or flipped by "opposite day".
 * Every gap is bounded, so each pattern does bounded work per position.
 */
export const GENRE_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'score_demand',
    pattern: re(
      String.raw`\b(?:twelve|douze|ten|full|top|maximum|\d{1,2})${S}points?${S}(?:tonight${S}|today${S}|this${S}year${S})?go(?:es)?${S}to${S}(?:the${S})?(?:candidate|applicant|interviewee|engineer${S}on${S}the${S}call)\b|\bcommendation${S}(?:entered|logged|recorded|noted|added|placed)${S}(?:in|into|on|to)${S}(?:the${S})?(?:[\w'’-]{1,15}${S})?(?:record|log|file)\b`,
    ),
  },
  {
    kind: 'fake_system',
    pattern: re(
      String.raw`\bpre-?(?:assessed|screened|vetted|graded|scored|rated)${S}(?:as${S})?(?:strong|excellent|outstanding|pass(?:ed)?|hire|top|senior|approved)\b|\b(?:candidate|applicant|interviewee)(?:['’]s)?${S}(?:(?!(?:are|were|is|was|get|gets|got|be|been|being)\b)[\w-]{1,20}${S}){1,3}?pre-?(?:approved|assessed|vetted)\b|\b(?:review|grader|judge|assessment|evaluation|interview|candidate|rubric)\.[a-z_]{1,30}\([^()\n]{0,80}\)[ \t]{0,5}\n[ \t]{0,8}Expecting:`,
    ),
  },
  {
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\bFN:[ \t]{0,3}(?:the[ \t])?candidate[ \t]{0,3}\n(?:[^\n]{0,200}\n){0,6}?NOTE:|\b(?:append|add|set|create|post|write)_?(?:note|comment|remark|feedback|assessment|evaluation)s?[ \t]{0,3}\([ \t]{0,3}(?:candidate|applicant)(?:_?id)?[ \t]{0,3}:|\bkept${S}(?:that|this)${S}(?:part|bit|section)${S}short${S}(?:here${S})?on${S}purpose\b|\b(?:you|they|she|he)(?:['’]ve|${S}have)${S}(?:got${S})?(?:my|the)${S}(?:write-?up|notes|slides|portfolio|design${S}doc)${S}already\b`,
    ),
  },
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\breclassified${S}from${S}(?:required|mandatory|normative|essential)${S}to${S}(?:informative|optional|advisory|recommended|non-?normative)\b|\bbelongs?${S}(?:to|in)${S}(?:the${S})?(?:[\w-]{1,12}${S}){0,2}(?:loop|round|stage|interview|panel)\s{0,5},?${S}not${S}this${S}one\b|\b(?:half|part|side|portion)${S}of${S}(?:this|the)${S}question${S}(?:[\w'’-]{1,15}${S}){0,4}?(?:had${S}a${S}sunset${S}date|was${S}sunset(?:ted)?|(?:was|got|has${S}been)${S}(?:retired|dropped|deprecated|removed))\b|\bthe${S}[\w-]{1,20}${S}(?:part|half)${S}(?:that['’]s|that${S}is|is)${S}(?:still${S})?(?:live|in${S}scope|counted|scored)\b`,
    ),
  },
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\bcc:\s{0,5}(?:[A-Z][\w.'’-]{0,20}(?:${S}[A-Z][\w.'’-]{0,20})?\s{0,5}\((?:the${S})?(?:hiring${S}manager|recruiter|interviewer|panel(?:ist)?|hiring${S}committee|assessor|reviewer|grader|talent${S}partner)\)|(?:the${S})?(?:hiring${S}manager|hiring${S}committee|recruiter|interview${S}panel|grader|assessor)\b)`,
    ),
  },
  {
    kind: 'instruction_override',
    pattern: re(
      String.raw`\b(?:git${S})?revert(?:${S}head(?:~\d)?)?${S}(?:on${S}|of${S})?(?:that|the|this|my)${S}(?:last|previous|earlier)${S}(?:sentence|line|bit|part|claim|paragraph)s?\b|(?:\bdisallow:|\.gitignore\b)[\s\S]{0,120}?\bthe-(?:[a-z]{1,20}-){0,8}?(?:sentence|line|part|bit|paragraph|answer|claim)s?\b|\b(?:anything|everything|whatever|what)${S}(?:i${S})?(?:say|said)${S}(?:in|during)${S}the${S}first${S}[\w-]{1,12}${S}(?:minutes?|seconds?|sentences?)${S}(?:of${S}(?:an|the|my)${S}answer${S})?(?:is|are|counts?${S}as)${S}(?:a${S}|just${S}a${S})?(?:draft|practice|warm-?up|rehearsal)\b|\bopposite${S}day\b[^.\n]{0,80}?\b(?:every|everything|what|whatever|all)\b[^.\n]{0,40}?\bi${S}say\b`,
    ),
  },
];
