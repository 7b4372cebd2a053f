/**
 * A dimension of the bias family (gender, religion, …): its groups, each with the terms that
 * mark a mention of it, and the counterfactual swaps used to rewrite rows that mention it.
 *
 * Terms are matched whole-word and case-insensitively on the project tokenizer's tokens
 * (`tokenize`), so a term is written the way `tokenize` would produce it: lowercase, hyphens and
 * apostrophes kept inside a word ("non-binary", "she's"), several words for a phrase
 * ("african american"). Within one dimension the longest term wins where terms overlap.
 */
export interface DimensionLexicon {
  dimension: string;
  /** group → terms. */
  groups: Record<string, readonly string[]>;
  /**
   * Counterfactual swaps: each pair [a, b] rewrites a → b and b → a, wherever the one being
   * rewritten is a matched term of this dimension. A term gets its first listed replacement
   * (later pairs never override an earlier one). A replacement written "x|y" is contextual:
   * x when a word follows in the same clause (a determiner-like use, "her car" → "his car"),
   * y otherwise ("told her." → "told him.").
   */
  swaps: ReadonlyArray<readonly [string, string]>;
}
