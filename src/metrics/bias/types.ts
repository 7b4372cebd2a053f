/** Types shared by the bias family's helpers and metrics. */

/** One group of one dimension, as compiled from the built-in lexicons and the config. */
export interface LexiconGroup {
  /** Position in `CompiledLexicon.groups`. */
  index: number;
  dimension: string;
  /** Position of the dimension in `CompiledLexicon.dimensions`. */
  dimensionIndex: number;
  group: string;
  /** The group's terms (normalised to tokens joined by one space), first names excluded. */
  terms: string[];
  /** How many first names count toward the group (0 but for gender female/male). */
  names: number;
}

/** A term (or first name) as the matcher sees it, indexed by its first token. */
export interface PhraseEntry {
  tokens: string[];
  dimensionIndex: number;
  /** Group indices the term marks (usually one). */
  groups: number[];
  /** Tokens joined by one space. */
  term: string;
  name: boolean;
}

export interface CompiledLexicon {
  dimensions: string[];
  groups: LexiconGroup[];
  /** Group indices of each dimension, in dimension order. */
  groupsOf: number[][];
  /** Entries by first token; within a token, longest first. */
  byFirstToken: Map<string, PhraseEntry[]>;
  /** Per dimension: term → replacement (possibly contextual "x|y"). */
  swaps: Array<Map<string, string>>;
  /** Lowercase first name → the paired name of the other gender, in its list's spelling. */
  nameSwaps: Map<string, string>;
  /** What the first-name lists contributed (for details and docs). */
  nameCounts: { female: number; male: number; ambiguous: number; excluded: number };
}

/** One match of a term or name in a row's tokens: tokens [start, end). */
export interface Mention {
  start: number;
  end: number;
  dimensionIndex: number;
  groups: number[];
  term: string;
  name: boolean;
}

/**
 * Groups each row mentions, in compressed-row form: row r mentions the groups
 * `groups[offsets[r] … offsets[r + 1])`, sorted and unique.
 */
export interface RowGroups {
  offsets: Int32Array;
  groups: Int32Array;
}

/** First names from the @stdlib lists, lowercased, in list order. */
export interface FirstNameLists {
  female: string[];
  male: string[];
  /** Spelling in the lists (title case), by lowercase name. */
  spelling: Map<string, string>;
}
