/** Rows that repeat an earlier row, grouped with the first row they repeat. */
export interface DuplicateCluster {
  /** The earliest row of the cluster (an index into the side's rows). */
  first: number;
  /** The later rows that repeat it, ascending. */
  repeats: number[];
}

export interface Duplicates {
  /** Per row: 1 when it repeats an earlier row, else 0; the rate is their mean. */
  repeats: Uint8Array;
  /** Clusters of two or more rows, by first row. */
  clusters: DuplicateCluster[];
}

/**
 * Exact duplicates among rows given their keys (normalised texts): a row is a duplicate when its
 * key equals that of an earlier row; the rows sharing a key form one cluster, led by the first.
 *
 * @example
 * exactDuplicates(['a', 'b', 'a', 'a'])
 * // { repeats: Uint8Array [0, 0, 1, 1], clusters: [{ first: 0, repeats: [2, 3] }] }
 */
export function exactDuplicates(keys: readonly string[]): Duplicates {
  const firstOf = new Map<string, number>();
  const repeats = new Uint8Array(keys.length);
  const byFirst = new Map<number, number[]>();
  keys.forEach((key, i) => {
    const first = firstOf.get(key);
    if (first === undefined) {
      firstOf.set(key, i);
      return;
    }
    repeats[i] = 1;
    let list = byFirst.get(first);
    if (!list) byFirst.set(first, (list = []));
    list.push(i);
  });
  const clusters = [...byFirst.entries()].map(([first, rest]) => ({ first, repeats: rest })).sort((a, b) => a.first - b.first);
  return { repeats, clusters };
}
