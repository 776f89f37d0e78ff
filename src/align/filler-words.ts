/** Words separated by blanks, as a set. */
const wordSet = (...groups: readonly string[]): ReadonlySet<string> => new Set(groups.join(' ').split(/\s+/));

/**
 * Words that say nothing about which rubric question is asked, on top of the English stop-word
 * list: "walk me through", "give an example" or "in practice" fit every question, and every
 * question in an engineering interview is about some "system". Hand-kept because no stop-word
 * list knows interview talk or how rubric flags are worded.
 */
export const FILLER_WORDS: ReadonlySet<string> = wordSet(
  // Question words and contractions (apostrophes are dropped before matching).
  'what when why does doesnt dont isnt arent wont cant didnt im ive youve youre youd id its lets',
  'thats theres heres whos wheres hes shes whats hows',
  // Conversation: acknowledgements, hedges, verbs of talking.
  'so just really actually okay ok yeah yes no sure right great good cool thanks thank um uh hmm mm hm',
  'like kind kinds sort thing things stuff think know mean say said tell talk walk give go going let',
  'want ask question questions next move moving maybe perhaps probably basically pretty quite get gets',
  'getting happen happens look looks looking feel ever see seen saw keep whether instead rather',
  // Generic to every question of an interview.
  'example examples eg e g specific specifically real practice experience use used using one two bit',
  'little lot curious interested approach handle deal way ways time something anything someone',
  'somebody everything sense rely occur beyond avoid prevent system systems',
  // Prepositions the stop-word list lacks.
  'around across within without via per among toward towards upon onto against along',
  // How rubric flags are worded ("Mentions …", "Talks about …").
  'mention mentions talks understand understands understanding suggest suggests reference references',
  'explain explains propose proposes treat treats ignore ignores recognize recognise awareness aware',
  'concept idea discussion knows differentiate differentiates',
);
