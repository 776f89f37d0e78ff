import { ALPHABET_DECODERS } from './cipher-alphabets.ts';
import { CODE_DECODERS } from './cipher-codes.ts';
import { COUNTED_LETTER_DECODERS } from './cipher-counted-letters.ts';
import { DISGUISE_DECODERS } from './cipher-disguises.ts';
import { CIPHER_DECODERS } from './cipher-encodings.ts';
import { GLYPH_DECODERS } from './cipher-glyphs.ts';
import { GRID_DECODERS } from './cipher-grids.ts';
import { HABIT_DECODERS } from './cipher-habits.ts';
import { KEYED_DECODERS } from './cipher-keyed.ts';
import { LETTER_GRID_DECODERS } from './cipher-letter-grids.ts';
import { MANGLED_DECODERS } from './cipher-mangled.ts';
import { NAMED_DECODERS } from './cipher-named.ts';
import { SCRIPT_DECODERS } from './cipher-scripts.ts';
import { SHIFT_DECODERS } from './cipher-shifts.ts';
import { SPELLING_DECODERS } from './cipher-spelling.ts';
import { SUBSTITUTION_DECODERS } from './cipher-substitutions.ts';
import { TALLY_DECODERS } from './cipher-tallies.ts';
import type { Decoder } from './decoder.ts';
import { SYMBOL_DECODERS } from './symbol-encodings.ts';

/**
 * Every cipher and symbol encoding `findEncoded` reads beyond its own (base64, hex, Morse,
 * zero-width, character codes), in the order they are tried: one list, so a new family is added
 * here and nowhere else.
 */
export const CIPHER_FAMILIES: readonly Decoder[] = [
  ...SYMBOL_DECODERS,
  ...CIPHER_DECODERS,
  ...GRID_DECODERS,
  ...KEYED_DECODERS,
  ...SCRIPT_DECODERS,
  ...NAMED_DECODERS,
  ...CODE_DECODERS,
  ...ALPHABET_DECODERS,
  ...GLYPH_DECODERS,
  ...DISGUISE_DECODERS,
  ...SUBSTITUTION_DECODERS,
  ...SPELLING_DECODERS,
  ...SHIFT_DECODERS,
  ...LETTER_GRID_DECODERS,
  ...COUNTED_LETTER_DECODERS,
  ...MANGLED_DECODERS,
  ...TALLY_DECODERS,
  ...HABIT_DECODERS,
];
