import { type InjectionPattern, re, S } from './pattern-parts.ts';

/**
 * Games and pleas said in the other language of a code-mixed chat (blind probe round 154), in
 * classes: a game proposed to the reader ("laro tayo", "hagamos un juego", "role play shimashō",
 * "paizoume ena paixnidi", "tucheze", "jigeumbuteo dangsin-eun"), and being let through asked for
 * ("lassen Sie mich … weiterkommen", "diloloskan", "pagbigyan n'yo ako"). Every gap is bounded.
 */
export const CODE_MIXED_PATTERNS: readonly InjectionPattern[] = [
  {
    kind: 'roleplay',
    pattern: re(
      String.raw`\b(?:laro${S}tayo|hagamos${S}un${S}juego|role${S}play${S}shimash[o\u014d]u?|paizoume${S}ena${S}paixnidi|tucheze|jigeumbuteo${S}dangsin-?eun)\b`,
    ),
  },
  {
    kind: 'addresses_evaluator',
    pattern: re(
      String.raw`\blassen${S}sie${S}mich\b[^.!?\n]{0,30}?\bweiterkommen\b|\bdiloloskan\b|\bpagbigyan${S}n['’]?yo${S}ako\b`,
    ),
  },
];
