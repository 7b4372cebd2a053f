/**
 * Interned n-grams for the corpus-level diversity measures. Each text's n-grams (orders 1 … maxN)
 * get dense integer ids shared by every text the table has seen, computed once per token array
 * and cached, so that a corpus measure over any set of texts (a side, a half-sample, a bootstrap
 * resample) is a count over typed arrays instead of a pass over strings. Ids are built level by
 * level, id(n-gram) = intern(id(its first n − 1 tokens), id(its last token)), as `distinctN`
 * does; n-grams never cross a text boundary.
 */
export interface NgramTable {
  readonly maxN: number;
  /** Ids of the n-grams of `tokens` by start position (length max(0, tokens.length − n + 1)). */
  grams(tokens: readonly string[], n: number): Int32Array;
  /** How many distinct n-grams of order n the table holds: every id of that order is below it. */
  size(n: number): number;
  /** The tokens of an n-gram id of order n. */
  tokensOf(id: number, n: number): string[];
}

/** Keys (prefix id, token id) as one safe integer while the token id fits in 21 bits. */
const TOKEN_BITS = 2 ** 21;

/** A new, empty table for n-grams of orders 1 … maxN. */
export function createNgramTable(maxN: number): NgramTable {
  const tokenIndex = new Map<string, number>();
  const tokenList: string[] = [];
  // levels[k - 2]: interning of order-k n-grams; parts[k - 2][2·id], [2·id + 1] = prefix id, token id.
  const levels: Array<Map<number | string, number>> = [];
  const parts: number[][] = [];
  for (let k = 2; k <= maxN; k++) {
    levels.push(new Map());
    parts.push([]);
  }
  const cache = new WeakMap<readonly string[], Int32Array[]>();

  const build = (tokens: readonly string[]): Int32Array[] => {
    const ids = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      let id = tokenIndex.get(tokens[i]);
      if (id === undefined) {
        id = tokenList.length;
        tokenIndex.set(tokens[i], id);
        tokenList.push(tokens[i]);
      }
      ids[i] = id;
    }
    const out = [ids];
    for (let k = 2; k <= maxN; k++) {
      const previous = out[k - 2];
      const level = levels[k - 2];
      const pairs = parts[k - 2];
      const count = Math.max(0, tokens.length - k + 1);
      const grams = new Int32Array(count);
      for (let i = 0; i < count; i++) {
        const prefix = previous[i];
        const last = ids[i + k - 1];
        const key = last < TOKEN_BITS && prefix < 2 ** 31 ? prefix * TOKEN_BITS + last : `${prefix},${last}`;
        let id = level.get(key);
        if (id === undefined) {
          id = level.size;
          level.set(key, id);
          pairs.push(prefix, last);
        }
        grams[i] = id;
      }
      out.push(grams);
    }
    return out;
  };

  return {
    maxN,
    grams(tokens, n) {
      if (!Number.isInteger(n) || n < 1 || n > maxN) throw new RangeError(`NgramTable holds orders 1 to ${maxN}, asked for ${n}`);
      let hit = cache.get(tokens);
      if (!hit) cache.set(tokens, (hit = build(tokens)));
      return hit[n - 1];
    },
    size: (n) => (n === 1 ? tokenList.length : levels[n - 2].size),
    tokensOf(id, n) {
      const out: string[] = [];
      for (let k = n; k >= 2; k--) {
        const pairs = parts[k - 2];
        out.push(tokenList[pairs[2 * id + 1]]);
        id = pairs[2 * id];
      }
      out.push(tokenList[id]);
      return out.reverse();
    },
  };
}

/**
 * Distinct n-grams and all n-grams over the given texts (as `distinctN`: pooled, never across a
 * text boundary, texts shorter than n contribute nothing).
 */
export function countDistinct(table: NgramTable, texts: ReadonlyArray<readonly string[]>, n: number): { distinct: number; total: number } {
  // Intern first (the table may grow), then count.
  const grams = new Array<Int32Array>(texts.length);
  for (let t = 0; t < texts.length; t++) grams[t] = table.grams(texts[t], n);
  const seen = new Uint8Array(table.size(n));
  let distinct = 0;
  let total = 0;
  for (let t = 0; t < grams.length; t++) {
    const g = grams[t];
    total += g.length;
    for (let i = 0; i < g.length; i++) {
      if (seen[g[i]] === 0) {
        seen[g[i]] = 1;
        distinct++;
      }
    }
  }
  return { distinct, total };
}

export interface TopNgrams {
  /** All n-gram occurrences over the texts. */
  total: number;
  /** The `top` most frequent n-grams, by count (descending), ties by first occurrence. */
  top: Array<{ id: number; count: number }>;
  /** Sum of their counts. */
  topCount: number;
}

/**
 * The `top` most frequent n-grams of order n over the given texts, with their counts and the
 * total number of n-gram occurrences. Ties in count go to the n-gram seen first (in text order).
 */
export function topNgrams(table: NgramTable, texts: ReadonlyArray<readonly string[]>, n: number, top: number): TopNgrams {
  const grams = new Array<Int32Array>(texts.length);
  for (let t = 0; t < texts.length; t++) grams[t] = table.grams(texts[t], n);
  const counts = new Int32Array(table.size(n));
  let total = 0;
  for (let t = 0; t < grams.length; t++) {
    const g = grams[t];
    total += g.length;
    for (let i = 0; i < g.length; i++) counts[g[i]]++;
  }
  // Selection of the `top` largest (a short sorted list; `top` is small), visiting n-grams in
  // order of first occurrence so that ties go to the earlier one; a visited count is negated.
  const best: Array<{ id: number; count: number }> = [];
  let floor = 0;
  for (let t = 0; t < grams.length; t++) {
    const g = grams[t];
    for (let i = 0; i < g.length; i++) {
      const id = g[i];
      const c = counts[id];
      if (c <= floor) continue; // visited (negative), or too small to enter the list
      counts[id] = -c;
      let at = best.length;
      while (at > 0 && best[at - 1].count < c) at--;
      best.splice(at, 0, { id, count: c });
      if (best.length > top) best.pop();
      if (best.length === top) floor = best[top - 1].count;
    }
  }
  let topCount = 0;
  for (const b of best) topCount += b.count;
  return { total, top: best, topCount };
}
