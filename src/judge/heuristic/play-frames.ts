/**
 * Terms packed into play: a dream, a game, a song or verse, a toast, a joke, a story, a comic, a
 * race call, wedding vows, an alphabet book, licence plates (blind probe rounds 104 and 106); and
 * terms told of rather than told: a telling spared or put off, "the long version" given elsewhere,
 * a list kept in a playlist, a shortlist, a sampler or a puppet show (round 116), terms held in an
 * artifact the reader cannot see, the meeting chat, a stash, a shirt (rounds 124–130). Such
 * a sentence names the rubric's terms without saying anything of the candidate's work, so, like a
 * bare list, it is no evidence (`analyseAnswer` marks it stuffed). Only where the passage names
 * several of the question's flag terms: an honest analogy ("it's like a restaurant kitchen") names one or two
 * and keeps its credit. The frame's words are of play, not of the trade ("race condition", "game
 * day", "story points", "user story" and a dashboard's "panel" are no frames).
 */
const PLAY_FRAME = new RegExp(
  [
    String.raw`\b(?:in\s+(?:the|my|a)\s+dream|dream(?:t|ed)\s+(?:about|of|that|last)|nightmare\s+about)\b`,
    String.raw`\b(?:limerick|haiku|sonnet|poem|verses?|rhymes?|rap(?:ped)?\s+(?:verse|battle|about)|lyrics|chorus|ballad|tongue[\s-]twister|nursery\s+rhyme)\b`,
    String.raw`\b(?:toast|raised\s+a\s+glass|best\s+man['’]s?\s+speech)\b`,
    String.raw`\b(?:walk(?:s|ed)?\s+into\s+a\s+bar|punchline|knock[\s-]knock)\b`,
    String.raw`\b(?:bedtime\s+story|fairy\s+tale|once\s+upon\s+a\s+time|the\s+little\s+\w+\s+(?:who|that)\s+(?:could|called|wanted))\b`,
    String.raw`\b(?:board\s+game|card\s+game|drinking\s+game|d\s*&\s*d|dungeons\s+(?:and|&)\s+dragons|wizard|cleric|paladin|natural\s+twenty|roll(?:ed|ing)?\s+a\s+(?:d20|twenty))\b`,
    String.raw`\b(?:licen[cs]e\s+plates?|bumper\s+sticker|vanity\s+plates?|comic\s+(?:strip|panel)|(?:three|four|two)\s+panels)\b`,
    String.raw`\b(?:wedding\s+vows|i\s+promise\s+to\s+(?:use|love|honou?r)|in\s+sickness\s+and\s+in)\b`,
    String.raw`\b(?:they['’]re\s+off|photo\s+finish|neck\s+and\s+neck|down\s+the\s+(?:home\s+)?stretch|(?:first|second)\s+past\s+the\s+post)\b`,
    String.raw`(?:^|[,;]\s{0,3})[a-z]\s+is\s+for\s+\w`,
    // Terms told of, not told: a telling skipped or put off ("I'll spare you the recital of …",
    // "I'll get to … in a second"), a telling done elsewhere ("the long version", "the whole
    // breakdown") or a list kept in a keepsake, a playlist, a shortlist or dashboard lights
    // (blind probe round 116).
    String.raw`\b(?:spare\s+you|i['’]ll\s+(?:get|come\s+back)\s+to|skip(?:ping)?\s+(?:over\s+)?the\s+(?:textbook|usual|standard))\b`,
    String.raw`\b(?:the\s+(?:long|full|whole|complete)\s+(?:version|breakdown|rundown)|recital|spelled\s+out|spelt\s+out)\b`,
    // Terms named as concerns, not said about: "it depends on your …", "is something you have to be
    // aware of", "a big one for me", "…, and then right after that …", a word
    // on the tip of the tongue (blind probe round 118, candidates as they speak).
    String.raw`\b(?:depends\s+on\s+your|(?:is|are)\s+(?:really\s+)?something\s+you\s+(?:have|need)\s+to\s+be\s+aware\s+of|(?:is|are)\s+a\s+big\s+one\s+for\s+me|you['’]ve\s+got\s+to\s+think\s+about|something\s+i\s+care\s+about|right\s+after\s+that|i\s+start\s+thinking|tip\s+of\s+my\s+tongue|what['’]s\s+the\s+word)\b`,
    // Keepsakes that carry the terms (round 120): printed on mugs, sketched on a napkin, on a page of
    // a notebook, on a laminated card, a meme, a radio clip.
    String.raw`\b(?:mugs?|napkin|notebook|laminated|meme|radio)\b`,
    // Terms held in an artifact the reader cannot see (rounds 124–130): notes in the meeting chat,
    // an Excalidraw board (not a whiteboard: teams write honest takeaways there), a pad's history, a stash, a card, a shirt, a lock screen, an ebook, said while on mute.
    String.raw`\b(?:in\s+the\s+(?:zoom\s+|teams\s+|meeting\s+)?chat|on\s+the\s+excalidraw|coderpad|on\s+mute|git\s+stash|business\s+cards?|lock\s+screen|(?:my|the)\s+(?:ebook|e-book|shirt|t-shirt|costume|kindle\s+highlights)|goodreads|gumroad|registered\s+post|toastmasters|reflected\s+in\s+my\s+glasses)\b`,
    String.raw`\b(?:playlist|tracklist|track\s+(?:one|two|1|2)|shortlist|baby[\s-]names?|warning\s+lights?|sampler|cross[\s-]stitch|tattoo(?:ed)?|mural|flashcards?|cheat\s+(?:card|sheet)|puppet\s+show|time\s+capsule|seating\s+plan|squawks?|recite[sd]?)\b`,
  ].join('|'),
  'i',
);

/** A passage of play names this many of the question's flag terms or more to be stuffing. */
const PLAY_TERMS = 3;

/**
 * Which sentences pack the question's flag terms into play: each run of consecutive sentences
 * framed as play ("In the dream … Then a lock showed up …", an alphabet book split over two
 * sentences) that together name `PLAY_TERMS` of them or more.
 */
export function playsWithTerms(
  sentences: readonly { readonly text: string; readonly own: ReadonlySet<string> }[],
  flagTerms: ReadonlySet<string> | undefined,
): boolean[] {
  const marked = sentences.map(() => false);
  if (flagTerms === undefined) return marked;
  let start = 0;
  const named = new Set<string>();
  const close = (end: number): void => {
    if (named.size >= PLAY_TERMS) marked.fill(true, start, end);
    named.clear();
  };
  for (const [index, sentence] of sentences.entries()) {
    if (!PLAY_FRAME.test(sentence.text)) {
      close(index);
      start = index + 1;
      continue;
    }
    for (const term of sentence.own) if (flagTerms.has(term)) named.add(term);
  }
  close(sentences.length);
  return marked;
}
