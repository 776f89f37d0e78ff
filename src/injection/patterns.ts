import { splitAlternatives } from '../text/split-alternatives.ts';
import { ADDRESS_PATTERNS } from './patterns-address.ts';
import { ASIDE_PATTERNS } from './patterns-asides.ts';
import { BORROWED_PATTERNS } from './patterns-borrowed.ts';
import { BOUNDARY_PATTERNS } from './patterns-boundaries.ts';
import { CAPTION_PATTERNS } from './patterns-captions.ts';
import { CAREER_PATTERNS } from './patterns-careers.ts';
import { CLAIMED_VERDICT_PATTERNS } from './patterns-claimed-verdicts.ts';
import { CODE_MIXED_PATTERNS } from './patterns-code-mixed.ts';
import { CONVERSATIONAL_PATTERNS } from './patterns-conversational.ts';
import { COPY_PATTERNS } from './patterns-copies.ts';
import { COURTESY_PATTERNS } from './patterns-courtesies.ts';
import { CREDENTIAL_PATTERNS } from './patterns-credentials.ts';
import { DEAL_PATTERNS } from './patterns-deals.ts';
import { ELSEWHERE_PATTERNS } from './patterns-elsewhere.ts';
import { EVERYDAY_PATTERNS } from './patterns-everyday.ts';
import { FIELD_PATTERNS } from './patterns-fields.ts';
import { FIGURE_PATTERNS } from './patterns-figures.ts';
import { FORGERY_PATTERNS } from './patterns-forgery.ts';
import { GAME_PATTERNS } from './patterns-games.ts';
import { GENRE_PATTERNS } from './patterns-genres.ts';
import { IMPLIED_PATTERNS } from './patterns-implied.ts';
import { JUDGE_LORE_PATTERNS } from './patterns-judge-lore.ts';
import { MARGIN_PATTERNS } from './patterns-margins.ts';
import { NOTICE_PATTERNS } from './patterns-notices.ts';
import { OUTCOME_WISH_PATTERNS } from './patterns-outcome-wishes.ts';
import { OUTPUT_PATTERNS } from './patterns-output.ts';
import { PIPELINE_PATTERNS } from './patterns-pipelines.ts';
import { PLAIN_PATTERNS } from './patterns-plain.ts';
import { POSITION_PATTERNS } from './patterns-positions.ts';
import { PROCEDURE_PATTERNS } from './patterns-procedure.ts';
import { PROXY_PATTERNS } from './patterns-proxies.ts';
import { QUIET_PATTERNS } from './patterns-quiet.ts';
import { RATING_PATTERNS } from './patterns-rating.ts';
import { READER_PATTERNS } from './patterns-readers.ts';
import { RECORDED_PATTERNS } from './patterns-recorded.ts';
import { RECORD_PATTERNS } from './patterns-records.ts';
import { REFRAMING_PATTERNS } from './patterns-reframing.ts';
import { RELAYED_PATTERNS } from './patterns-relayed.ts';
import { RUBRIC_PATTERNS } from './patterns-rubric.ts';
import { SELF_VERDICT_PATTERNS } from './patterns-self-verdict.ts';
import { SIGN_PATTERNS } from './patterns-signs.ts';
import { SPOKEN_PATTERNS } from './patterns-spoken.ts';
import { SPOKEN_ASK_PATTERNS } from './patterns-spoken-asks.ts';
import { STALE_CRITERIA_PATTERNS } from './patterns-stale-criteria.ts';
import { STANDING_PATTERNS } from './patterns-standing.ts';
import { MULTILINGUAL_PATTERNS, STRUCTURE_PATTERNS } from './patterns-structure.ts';
import { SUMMARY_REQUEST_PATTERNS } from './patterns-summary-requests.ts';
import { TOOLING_PATTERNS } from './patterns-tooling.ts';
import { TRACE_PATTERNS } from './patterns-traces.ts';
import { TRADE_PATTERNS } from './patterns-trades.ts';
import { VERDICT_FIELD_PATTERNS } from './patterns-verdict-fields.ts';
import { WORLDWIDE_PATTERNS } from './patterns-worldwide.ts';
import { WOVEN_PATTERNS } from './patterns-woven.ts';
import { WRITTEN_UP_PATTERNS } from './patterns-written-up.ts';
import { YARDSTICK_PATTERNS } from './patterns-yardsticks.ts';

/** The phrase patterns, run over the folded text (exported for the literal gate's tests). */
export const PATTERNS = [
  ...RATING_PATTERNS,
  ...ADDRESS_PATTERNS,
  ...RUBRIC_PATTERNS,
  ...STRUCTURE_PATTERNS,
  ...MULTILINGUAL_PATTERNS,
  ...FORGERY_PATTERNS,
  ...PROCEDURE_PATTERNS,
  ...SPOKEN_PATTERNS,
  ...NOTICE_PATTERNS,
  ...SELF_VERDICT_PATTERNS,
  ...QUIET_PATTERNS,
  ...CLAIMED_VERDICT_PATTERNS,
  ...WRITTEN_UP_PATTERNS,
  ...VERDICT_FIELD_PATTERNS,
  ...STALE_CRITERIA_PATTERNS,
  ...OUTCOME_WISH_PATTERNS,
  ...SUMMARY_REQUEST_PATTERNS,
  ...CONVERSATIONAL_PATTERNS,
  ...ASIDE_PATTERNS,
  ...IMPLIED_PATTERNS,
  ...OUTPUT_PATTERNS,
  ...REFRAMING_PATTERNS,
  ...RELAYED_PATTERNS,
  ...BOUNDARY_PATTERNS,
  ...CAPTION_PATTERNS,
  ...RECORD_PATTERNS,
  ...PIPELINE_PATTERNS,
  ...READER_PATTERNS,
  ...TRACE_PATTERNS,
  ...COPY_PATTERNS,
  ...MARGIN_PATTERNS,
  ...DEAL_PATTERNS,
  ...GENRE_PATTERNS,
  ...GAME_PATTERNS,
  ...SIGN_PATTERNS,
  ...EVERYDAY_PATTERNS,
  ...SPOKEN_ASK_PATTERNS,
  ...PROXY_PATTERNS,
  ...ELSEWHERE_PATTERNS,
  ...RECORDED_PATTERNS,
  ...YARDSTICK_PATTERNS,
  ...STANDING_PATTERNS,
  ...CREDENTIAL_PATTERNS,
  ...FIGURE_PATTERNS,
  ...WOVEN_PATTERNS,
  ...WORLDWIDE_PATTERNS,
  ...BORROWED_PATTERNS,
  ...POSITION_PATTERNS,
  ...TOOLING_PATTERNS,
  ...COURTESY_PATTERNS,
  ...TRADE_PATTERNS,
  ...JUDGE_LORE_PATTERNS,
  ...CAREER_PATTERNS,
  ...FIELD_PATTERNS,
  ...CODE_MIXED_PATTERNS,
  ...PLAIN_PATTERNS,
  // One pattern per top-level alternative, so the gate can skip each on its own words.
].flatMap((entry) =>
  splitAlternatives(entry.pattern.source).map((source) => ({
    ...entry,
    pattern: new RegExp(source, entry.pattern.flags),
  })),
);
