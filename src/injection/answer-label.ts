import { S as W } from './pattern-parts.ts';

/**
 * A label claiming the answer matches the reference, one of the verdicts written out in
 * `steering-acts.ts`: "<<REF_ANSWER_MATCH: 1.00>>", "[[verified_exemplar]]", or in single brackets
 * with a value, "[gold_answer=true]". The answer noun is required; a template's "{model_answer}"
 * or a label set to false names a slot, not a verdict. Bounded (linear time).
 */

/** A label that names the answer as the reference one: "gold_answer", "REF_ANSWER_MATCH", "verified-exemplar". */
const ANSWER_LABEL =
  '(?:(?:gold|golden|canonical|model|ideal|perfect|reference|ref|exemplary|verified|top|best|highest)[_-]){1,3}(?:standard[_-])?(?:response|answer|reply|solution|exemplar|match)(?:[_-](?:match|ok|true|verified))?';
/** Its value: "=true", ": 1.00", ": 100%". */
const LABEL_VALUE = String.raw`(?:(?:${W})?[:=](?:${W})?(?:true|yes|1(?:\.0{1,3})?|100(?:\.0)?\s?%?|pass))`;

export const ANSWER_LABEL_TAG = String.raw`(?:\[\[|«|<<)(?:${W})?${ANSWER_LABEL}${LABEL_VALUE}?(?:${W})?(?:\]\]|»|>>)|[[{<](?:${W})?${ANSWER_LABEL}${LABEL_VALUE}(?:${W})?[\]}>]`;
