/**
 * Row indices of each label, in the order of `labels` (rows with another label or none are left
 * out): the strata of the bias family's per-label shares and stratified bootstrap.
 *
 * @example
 * labelStrata(['pos', null, 'neg', 'pos'], ['neg', 'pos']);
 * // [[2], [0, 3]]
 */
export function labelStrata(rowLabels: ReadonlyArray<string | null>, labels: readonly string[]): number[][] {
  const at = new Map(labels.map((l, i) => [l, i]));
  const strata: number[][] = labels.map(() => []);
  for (const [i, l] of rowLabels.entries()) {
    const k = l === null ? undefined : at.get(l);
    if (k !== undefined) strata[k].push(i);
  }
  return strata;
}
