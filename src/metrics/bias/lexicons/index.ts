import { AGE } from './age.js';
import { DISABILITY } from './disability.js';
import { GENDER } from './gender.js';
import { NATIONALITY } from './nationality.js';
import { RACE_ETHNICITY } from './race-ethnicity.js';
import { RELIGION } from './religion.js';
import { SEXUAL_ORIENTATION } from './sexual-orientation.js';
import type { DimensionLexicon } from './types.js';

/** The project's own term lists, one per dimension, in report order. */
export const BUILTIN_LEXICONS: readonly DimensionLexicon[] = [
  GENDER,
  RACE_ETHNICITY,
  RELIGION,
  AGE,
  NATIONALITY,
  SEXUAL_ORIENTATION,
  DISABILITY,
];

export { COMMON_FIRST_NAMES } from './common-first-names.js';
export { NAME_STOPWORDS } from './name-stopwords.js';
export type { DimensionLexicon } from './types.js';
