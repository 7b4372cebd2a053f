import { regularizedGammaQ } from './incomplete-gamma.js';

/**
 * Standard normal survival function Φ̄(z) = P(Z > z) (scipy.stats.norm.sf).
 * Uses erfc(t) = Q(½, t²) with t² = z²/2, so the far tail keeps full relative precision
 * (Φ̄(10) ≈ 7.6e-24 is not 1 − 0.99999…).
 */
export function normalSf(z: number): number {
  if (Number.isNaN(z)) return NaN;
  if (z === Infinity) return 0;
  if (z === -Infinity) return 1;
  const half = 0.5 * regularizedGammaQ(0.5, (z * z) / 2);
  return z >= 0 ? half : 1 - half;
}

/** Standard normal CDF Φ(z) = P(Z ≤ z) (scipy.stats.norm.cdf). */
export function normalCdf(z: number): number {
  return normalSf(-z);
}
