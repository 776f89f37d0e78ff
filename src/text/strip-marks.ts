const MARKS = /\p{M}/gu;

/**
 * Text without its combining marks, after Unicode decomposition: "précédentes" → "precedentes";
 * with `NFKD`, compatibility forms fold too ("ｆｕｌｌ" → "full").
 */
export function stripMarks(text: string, form: 'NFD' | 'NFKD' = 'NFD'): string {
  return text.normalize(form).replace(MARKS, '');
}
