import { isNameLike } from './speaker-label.ts';
import { speakerKey } from './speaker-name.ts';

/** One line that opened with a label-shaped prefix, in file order. */
export interface LabelOccurrence {
  readonly speaker: string;
  readonly strong: boolean;
}

/**
 * Words that head a line of notes rather than name a speaker (`Note:`, `Date:`, `Summary:`),
 * in English and the corpus's other languages. Such a label counts only when metadata names it.
 */
const FIELD_WORDS: ReadonlySet<string> = new Set(
  [
    'note',
    'notes',
    'nb',
    'ps',
    'p s',
    'edit',
    'edited',
    'update',
    'source',
    'sources',
    'summary',
    'example',
    'examples',
    'eg',
    'e g',
    'ie',
    'i e',
    'warning',
    'tip',
    'important',
    'caveat',
    'conclusion',
    'definition',
    'reminder',
    'action items',
    'action item',
    'todo',
    'fyi',
    'tldr',
    'tl dr',
    'agenda',
    'topic',
    'topics',
    'subject',
    'date',
    'time',
    'location',
    'place',
    'venue',
    'context',
    'background',
    'result',
    'results',
    'outcome',
    'disclaimer',
    'hint',
    'bonus',
    'title',
    'transcript',
    'recording',
    'duration',
    'attendees',
    'participants',
    'present',
    'from',
    'to',
    'cc',
    're',
    'fw',
    'fwd',
    'link',
    'links',
    'url',
    'reference',
    'references',
    'see also',
    'quote',
    'keywords',
    'tags',
    'language',
    'translation',
    'status',
    'position',
    'role',
    'company',
    'interview date',
    'nota',
    'notas',
    'fecha',
    'resumen',
    'remarque',
    'résumé',
    'примечание',
    'дата',
    'заметка',
    '注',
    '注意',
    '备注',
    '日期',
    '时间',
  ].map(speakerKey),
);

/** Whether a label is a note heading (`Note`, `Date`, `Re`…) rather than a name, unless metadata names it. */
export function isFieldWord(label: string): boolean {
  return FIELD_WORDS.has(speakerKey(label));
}

/** Role words that also head prose (`Question: why not?`): once is not enough unless the file is all labels. */
const AMBIGUOUS_ONCE: ReadonlySet<string> = new Set([
  'question',
  'answer',
  'q',
  'a',
  'host',
  'guest',
  'speaker',
]);

/** At most this many speakers carry nearly all of an interview's labels; more means prose. */
const MAX_MAIN_SPEAKERS = 12;

/**
 * Which label-shaped prefixes in one file really name speakers. A colon after a few words is
 * common in prose, so shape alone is not enough (a CJK phrase or a one-off `Note:` is no
 * speaker). A label counts when:
 * - metadata declares it (`roles`, `candidate`, `interviewer`), or
 * - it recurs, or its shape is unambiguous (`[00:01] Name:`, `[SPEAKER_00]:`, `Speaker 2:`), or
 * - it occurs once but reads as a name and alternates with another label (the lines before
 *   and after it in label order belong to someone else), or the file is made of labelled lines;
 *
 * and never when it is a note heading (`Note`, `Summary`, `Date`…) metadata does not name.
 * Finally the labels must look like a conversation: they open at least 2% of the lines with
 * content, and a dozen speakers at most carry 90% of them; otherwise none count (unless declared).
 * Returns the accepted labels' `speakerKey`s.
 */
export function acceptLabels(
  occurrences: readonly LabelOccurrence[],
  contentLines: number,
  declared: readonly string[],
): Set<string> {
  const keys = occurrences.map((o) => speakerKey(o.speaker));
  const counts = new Map<string, { count: number; strong: boolean; nameLike: boolean }>();
  keys.forEach((key, i) => {
    const o = occurrences[i];
    const seen = counts.get(key);
    counts.set(key, {
      count: (seen?.count ?? 0) + 1,
      strong: (seen?.strong ?? false) || o?.strong === true,
      nameLike: seen?.nameLike ?? isNameLike(o?.speaker ?? ''),
    });
  });
  const isDeclared = declaredMatcher(declared);
  const base = new Set<string>();
  for (const [key, s] of counts) {
    if (isDeclared(key) || (!FIELD_WORDS.has(key) && (s.strong || s.count >= 2))) base.add(key);
  }
  const dense = occurrences.length * 2 >= contentLines;
  const accepted = new Set(base);
  keys.forEach((key, i) => {
    const s = counts.get(key);
    if (!s || base.has(key) || FIELD_WORDS.has(key) || !s.nameLike) return;
    const neighbours = [keys[i - 1], keys[i + 1]].filter((k) => k !== undefined);
    if (dense || (!AMBIGUOUS_ONCE.has(key) && neighbours.some((k) => k !== key && !FIELD_WORDS.has(k)))) {
      accepted.add(key);
    }
  });
  if ([...accepted].some(isDeclared)) return accepted;
  return looksLikeConversation(keys, accepted, contentLines) ? accepted : new Set();
}

function looksLikeConversation(keys: readonly string[], accepted: ReadonlySet<string>, contentLines: number) {
  const counts = new Map<string, number>();
  for (const key of keys) if (accepted.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  const labelled = [...counts.values()].reduce((a, b) => a + b, 0);
  if (labelled === 0 || labelled < contentLines * 0.02) return false;
  const sorted = [...counts.values()].sort((a, b) => b - a);
  let covered = 0;
  let speakers = 0;
  while (covered < labelled * 0.9) covered += sorted[speakers++] ?? labelled;
  return speakers <= MAX_MAIN_SPEAKERS;
}

/** Whether a label key is one metadata names: equal, or (names of two words up) word-contained. */
function declaredMatcher(declared: readonly string[]): (key: string) => boolean {
  const names = declared.map(speakerKey).filter((k) => k !== '');
  return (key) =>
    names.some((name) => {
      if (name === key) return true;
      const [a, b] = [name.split(' '), key.split(' ')];
      const [short, long] = a.length <= b.length ? [a, b] : [b, a];
      return long.length >= 2 && short.every((w) => long.includes(w));
    });
}
