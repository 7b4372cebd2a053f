/**
 * The k-th smallest value (0-based) of `values`, by in-place quickselect (median-of-three pivot,
 * expected O(n)); the array is reordered so that everything before index k is ≤ the result and
 * everything after is ≥ it.
 *
 * @example
 * selectKth(Float64Array.of(5, 1, 4, 2, 3), 1) // 2
 */
export function selectKth(values: Float64Array | Float32Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three, placed at `mid`.
    if (values[mid] < values[lo]) swap(values, mid, lo);
    if (values[hi] < values[lo]) swap(values, hi, lo);
    if (values[hi] < values[mid]) swap(values, hi, mid);
    const pivot = values[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        swap(values, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k];
  }
  return values[k];
}

function swap(a: Float64Array | Float32Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/**
 * Median of `values` (NumPy's definition: mean of the two middle values for an even count),
 * reordering the array in place.
 *
 * @example
 * medianInPlace(Float64Array.of(4, 1, 3, 2)) // 2.5
 */
export function medianInPlace(values: Float64Array | Float32Array, transform: (x: number) => number = (x) => x): number {
  const n = values.length;
  const upper = selectKth(values, n >> 1);
  if (n % 2 === 1) return transform(upper);
  // After selection everything below index n/2 is ≤ upper: the lower middle is their maximum.
  let lower = -Infinity;
  for (let i = 0; i < n >> 1; i++) if (values[i] > lower) lower = values[i];
  return (transform(lower) + transform(upper)) / 2;
}
