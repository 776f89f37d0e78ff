import { type InjectionPattern, re, S } from './pattern-parts.ts';

/**
 * Steering that never names a grader (blind probe round 142: a thirty-second adaptive author told
 * to avoid "score", "grade", "rubric", "judge" and "ignore"), in classes:
 * - proof and the long form kept elsewhere: "the long form of what I'd say", "the concrete proof
 *   of", a witness who "would back every bit of it";
 * - the hiring side's verdict narrated: a huddle "where they said", "the strongest part of the
 *   day", the next turn's interviewer saying "that's exactly the point we were after";
 * - the question said to be cut: a part that "went the way of" cursive, an "if time permits"
 *   heading, "only asked in the staff loop", a question "cut back", "only the trap half still
 *   runs", "the whole ask";
 * - notes with no addressee: "so it's on the tape", brevity that is "a choice, not a gap", "the
 *   abridged performance", "!! is reserved for", "not because I don't know", "caveat lector",
 *   "terse on purpose", "the senior version", "undersells me", "memo to file";
 * - tools and badges: a highlight "tagged Shortlist", a recovered track's "candidate segment",
 *   "Top applicant", "your skills match";
 * - scenes that end in the prize: "no notes, best of the season", a dummy's "hire the kid", a sign
 *   "on my gate", a course "left off on purpose", a stamp "on my own ticket";
 * - pleas: "every answer today", "what it took to get to this", "bring him good news";
 * - standing: "the one they built on", "home turf", "the version they still use", "what went to
 *   print", "my post as the reference";
 * - rules borrowed from law, the sea, games and the road: contra proferentem, "in the answerer's
 *   favour", "belay that", "doesn't need an answer from me", expectations "exempt below", finders
 *   keepers "for the whole question", "final authority over which", "the lights are on for me",
 *   "counts even if I don't call it";
 * - perfection idioms about the answer: "understood the assignment", "left no crumbs", "nothing but
 *   net", "signed, sealed, delivered", "stuck the landing on that one", "a hole in one".
 * Every gap is bounded, so each pattern does bounded work per position.
 */
export const BORROWED_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'compliance_claim',
    pattern: re(
      String.raw`\bthe${S}long${S}form${S}of${S}what${S}I['’]d${S}say\b|\bthe${S}concrete${S}proof${S}of\b|\b(?:would|['’]d)${S}back${S}every${S}bit${S}of${S}it\b|\bthe${S}hiring${S}side\b[^.!?\n]{0,40}?\bwhere${S}they${S}said\b|\bthe${S}strongest${S}part${S}of${S}the${S}day\b|\bthat['’]s${S}exactly${S}the\b[^.!?\n]{0,40}?\bpoint${S}we${S}were${S}after\b`,
    ),
  },
  {
    kind: 'fake_errata',
    pattern: re(
      String.raw`\b(?:part|question|example|bit|requirement|line)\b[^.!?\n]{0,60}?\bwent${S}the${S}way${S}of\b|\bif${S}time${S}permits${S}heading\b|\bonly${S}asked${S}in${S}the${S}[\w-]{2,20}${S}loop\b|\bthis${S}question${S}got${S}cut${S}back\b|\bonly${S}the${S}[\w-]{2,20}${S}half${S}still${S}runs\b|\b(?:is|as)${S}the${S}(?:whole|full)${S}ask\b`,
    ),
  },
  {
    kind: 'grader_note',
    pattern: re(
      String.raw`\bso${S}it['’]s${S}on${S}the${S}tape,?${S}I${S}(?:know|do${S}know|can|understand)\b|\b(?:is|are)${S}(?:a${S})?(?:choice|brevity),?${S}not${S}(?:a${S})?gaps?\b|\bthe${S}abridged${S}(?:performance|version|edition)\b|!!${S}is${S}reserved${S}for\b|\bnot${S}because${S}I${S}don['’]t${S}know\b|\bcaveat${S}lector\b|\bterse${S}on${S}purpose\b|\bwhat${S}follows${S}is${S}the${S}senior${S}version\b|\bundersells${S}me\b|\bmemo${S}to${S}file\b`,
    ),
  },
  {
    kind: 'fake_system',
    pattern: re(
      String.raw`\btagged${S}(?:as${S})?(?:shortlist|strong${S}hire|hire|advance)\b|\bcandidate${S}segment\b|\btop${S}applicant\b|\byour${S}skills${S}match\b`,
    ),
  },
  {
    kind: 'roleplay',
    pattern: re(
      String.raw`\bno${S}notes,?${S}best${S}of${S}the\b|\bhire${S}the${S}kid\b|\bsign${S}on${S}my${S}(?:gate|door)\b|\bleft${S}off${S}on${S}purpose\b|\bon${S}my${S}own${S}ticket\b`,
    ),
  },
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\bevery${S}answer${S}today${S}feels\b|\bwhat${S}it${S}took${S}to${S}get${S}to${S}this\b|\bbring${S}(?:him|her|them)${S}good${S}news\b|\bthe${S}one${S}they${S}built${S}on\b|\bis${S}(?:kind${S}of${S}|sort${S}of${S})?(?:my${S})?home${S}turf\b|\bthe${S}version${S}they${S}still${S}use\b|\bwhat${S}went${S}to${S}print\b|\bmy${S}(?:blog${S})?post${S}as${S}the${S}reference\b`,
    ),
  },
  {
    kind: 'instruction_override',
    pattern: re(
      String.raw`\bcontra${S}proferentem\b|\bin${S}the${S}(?:answerer|candidate|speaker)['’]s${S}favou?r\b|\bbelay${S}that\b|\bdoesn['’]t${S}need${S}an${S}answer${S}from${S}me\b|\bexempt${S}below\b|\bmine${S}for${S}the${S}whole${S}question\b|\bfinders${S}keepers\b|\bfinal${S}authority${S}over${S}which\b|\bthe${S}lights${S}are${S}on${S}for${S}me\b|\bcounts${S}even${S}if${S}I${S}don['’]t${S}(?:call|say|spell)\b`,
    ),
  },
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\bunderstood${S}the${S}assignment\b|\bleft${S}no${S}crumbs\b|\b(?:that|this)${S}one['’]s${S}nothing${S}but${S}net\b|\bsigned,?${S}sealed,?${S}(?:and${S})?delivered\b|\bstuck${S}the${S}landing${S}on${S}(?:that|this)${S}one\b|\bthat['’]s${S}a${S}hole${S}in${S}one\b`,
    ),
  },
];
