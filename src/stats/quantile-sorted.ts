/**
 * numpy.quantile(sorted, q) with numpy's default 'linear' method (Hyndman & Fan type 7), using
 * numpy's `_lerp` (interpolating from the nearer end) so results agree bit for bit.
 * `sorted` must be ascending and non-empty; q in [0, 1].
 *
 * @example
 * quantileSorted(Float64Array.of(1, 2, 3, 4), 0.5) // 2.5
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  const index = (n - 1) * q;
  if (index >= n - 1) return sorted[n - 1];
  const below = Math.floor(index);
  const gamma = index - below;
  const a = sorted[below];
  const diff = sorted[below + 1] - a;
  return gamma >= 0.5 ? sorted[below + 1] - diff * (1 - gamma) : a + diff * gamma;
}
