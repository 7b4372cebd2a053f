import { logBinomialProbability } from './gamma.js';

/** Cephes MINLOG as scipy defines it, ln(2^-1075): below it even subnormal results vanish. */
const MIN_LOG = -745.1332191019412;
/** scipy's SMIRNOV_MAX_COMPUTE_N: above it scipy switches to an asymptotic formula. */
const SMIRNOV_MAX_COMPUTE_N = 1_000_000;

const SPLITTER = 134217729; // 2^27 + 1

/** Exact product a·b as hi + lo (Dekker 1971, no FMA needed). */
function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const err = al * bl - (p - ah * bh - al * bh - ah * bl);
  return [p, err];
}

/** floor(n·x) and the fractional part of the EXACT product n·x. */
function floorAndFraction(n: number, x: number): [number, number] {
  const [hi, lo] = twoProduct(n, x);
  let fl = Math.floor(hi);
  let frac = hi - fl + lo;
  if (frac < 0) {
    fl -= 1;
    frac += 1;
  }
  if (frac >= 1) {
    fl += 1;
    frac -= 1;
  }
  return [fl, frac];
}

/**
 * Survival function of the one-sided Kolmogorov–Smirnov statistic D⁺ₙ for a sample of n:
 * P(D⁺ₙ ≥ x), as scipy.special.smirnov(n, x) (scipy ≥ 1.2, van Mulbregt's rewrite of Cephes).
 *
 * Smirnov (1944) / Birnbaum & Tingey (1951):
 *   P(D⁺ₙ ≥ x) = x Σ_{v=0}^{⌊n(1−x)⌋} C(n,v) (x + v/n)^(v−1) (1 − x − v/n)^(n−v).
 * Every term is positive; each is evaluated as a binomial probability with Loader's saddle-point
 * form (see gamma.ts), so the sum keeps ~1e-13 relative accuracy up to n = 10⁶. The special
 * cases mirror scipy's: x ≤ 1/n and x ≥ 1 − 1/n have closed forms, an sf below e^MINLOG is 0,
 * and above n = 10⁶ scipy's asymptotic e^(−(6nx+1)²/(18n)) is used, as scipy does.
 */
export function smirnovSf(n: number, x: number): number {
  if (!(n > 0 && x >= 0 && x <= 1)) return NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const [nxFloor, alpha] = floorAndFraction(n, x);
  const nx = nxFloor + alpha;
  if (nxFloor === 0 || (nxFloor === 1 && alpha === 0)) {
    // x ≤ 1/n: P(D⁺ < x) = x (1 + x)^(n−1)
    return 1 - x * Math.exp((n - 1) * Math.log1p(x));
  }
  if (-2 * n * x * x < MIN_LOG) return 0;
  if (nxFloor >= n - 1) return Math.pow(1 - x, n);
  if (n > SMIRNOV_MAX_COMPUTE_N) {
    const logp = -Math.pow(6 * n * x + 1, 2) / 18 / n;
    return logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp);
  }
  const vMax = n - nxFloor - 1;
  // Term v (≥ 1) of the sum without the leading x: C(n,v) p^(v−1) q^(n−v), p = x + v/n.
  const term = (v: number): number => {
    const np = v + nx; // n·(x + v/n)
    const nq = n - v - nxFloor - alpha; // n·(1 − x − v/n)
    return (Math.exp(logBinomialProbability(n, v, np, nq, nx)) * n) / np;
  };
  // v = 0 term: (1 − x)^n / x
  let sum = Math.exp(n * Math.log1p(-x)) / x;
  let comp = 0;
  const add = (value: number): void => {
    // Neumaier compensated summation
    const t = sum + value;
    comp += Math.abs(sum) >= Math.abs(value) ? sum - t + value : value - t + sum;
    sum = t;
  };
  // The terms are unimodal in v with the peak near p = ½ (v ≈ n(½ − x)); sum outwards from there
  // and stop once the terms left cannot reach 1e-17 of the sum even all together.
  const peak = Math.min(vMax, Math.max(1, Math.round(n * (0.5 - x))));
  const negligible = (value: number, previous: number): boolean =>
    value <= previous && value * n < 1e-17 * sum;
  let previous = Infinity;
  for (let v = peak; v <= vMax; v++) {
    const value = term(v);
    add(value);
    if (negligible(value, previous)) break;
    previous = value;
  }
  previous = Infinity;
  for (let v = peak - 1; v >= 1; v--) {
    const value = term(v);
    add(value);
    if (negligible(value, previous)) break;
    previous = value;
  }
  const sf = x * (sum + comp);
  return sf < 0 ? 0 : sf > 1 ? 1 : sf;
}
