import { findMentions } from './find-mentions.js';
import type { CompiledLexicon, RowGroups } from './types.js';

/**
 * The groups each row mentions (any term or first name of the group, counted once per row), in
 * compressed-row form. Linear in the number of tokens.
 *
 * @param rows - each row's tokens (`Side.tokens()`)
 * @param lexicon - from `compileLexicon`
 * @example
 * rowGroups([['she', 'left'], ['fine'], ['he', 'and', 'she']], lexicon);
 * // { offsets: Int32Array [0, 1, 1, 3], groups: Int32Array [0, 0, 1] }  (0 = gender/female, 1 = gender/male)
 */
export function rowGroups(rows: readonly (readonly string[])[], lexicon: CompiledLexicon): RowGroups {
  const offsets = new Int32Array(rows.length + 1);
  const groups: number[] = [];
  const seen = new Set<number>();
  for (let r = 0; r < rows.length; r++) {
    seen.clear();
    for (const m of findMentions(rows[r], lexicon)) for (const g of m.groups) seen.add(g);
    if (seen.size > 0) groups.push(...[...seen].sort((a, b) => a - b));
    offsets[r + 1] = groups.length;
  }
  return { offsets, groups: Int32Array.from(groups) };
}
