/**
 * The deterministic samples that scripts/reference/two_sample.py describes as {"lcg": {...}}:
 * MINSTD (state·48271 mod 2³¹−1, every step exact in float64) uniforms u = state/(2³¹−1),
 * optionally squared and/or quantised to `levels` steps, then shift + scale·u. Python and
 * JavaScript produce the same numbers bit for bit, so large reference cases need not be stored.
 * Used by the tests; not part of the public API.
 */
export interface MinstdSpec {
  seed: number;
  n: number;
  shift: number;
  scale: number;
  levels?: number;
  square?: boolean;
}

export type ReferenceSample = number[] | { lcg: MinstdSpec };

export function referenceSample(value: ReferenceSample): number[] {
  if (Array.isArray(value)) return value;
  const { seed, n, shift, scale, levels, square } = value.lcg;
  const out = new Array<number>(n);
  let state = seed;
  for (let i = 0; i < n; i++) {
    state = (state * 48271) % 2147483647;
    let u = state / 2147483647;
    if (square) u = u * u;
    if (levels) u = Math.floor(u * levels) / levels;
    out[i] = shift + scale * u;
  }
  return out;
}

/** Fixture numbers: JSON cannot hold NaN or ±Infinity, so the script writes them as strings. */
export function fixtureNumber(value: number | string): number {
  return typeof value === 'number' ? value : Number(value);
}
