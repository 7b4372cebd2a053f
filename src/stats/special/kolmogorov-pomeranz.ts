import { ldexp } from './kolmogorov-durbin.js';

interface Breakpoint {
  /** Integer part K of the position K + sign·f (t = ⌊t⌋ + f). */
  K: number;
  sign: 1 | -1;
  /** For s = j − t: the upper bound N(s) ≤ ⌊s + t⌋ becomes j after this point. */
  upperAfter?: number;
  /** For s = j + t: the lower bound N(s) ≥ ⌊s − t⌋ + 1 becomes j + 1 here. */
  lowerAt?: number;
}

/**
 * P(Dₙ ≤ d) by Pomeranz's recursion (Pomeranz 1974, CACM Algorithm 487), derived here through
 * Poissonisation: with t = nd and N(s) the count of n uniform points on [0, n] below s,
 * Dₙ ≤ d ⇔ ⌊s − t⌋ + 1 ≤ N(s) ≤ ⌊s + t⌋ for all s. The bounds only change at s = j ± t, so
 * P = n!/nⁿ · W, where W is the weight of Poisson(1) paths that respect the bounds at those
 * breakpoints and end at N(n) = n (increments weighted Δ^r/r!, the e^(−Δ) factors collected in
 * n!/nⁿ). Each breakpoint is kept as an integer plus ±frac(t) so that ties (2t integer) are exact.
 */
export function pomeranzCdf(n: number, d: number): number {
  const t = n * d;
  const ll = Math.floor(t);
  const f = t - ll;
  // Minus points s = j − t = (j − ll) − f with 1 ≤ j ≤ n and s in (0, n).
  const minus: Breakpoint[] = [];
  for (let j = Math.max(1, ll); j <= n; j++) {
    const K = j - ll;
    const s = K - f;
    if (s > 0 && s < n) minus.push({ K, sign: -1, upperAfter: j });
  }
  // Plus points s = j + t = (j + ll) + f with j ≥ 0 and s in (0, n).
  const plus: Breakpoint[] = [];
  for (let j = 0; j + ll < n; j++) {
    const K = j + ll;
    const s = K + f;
    if (s > 0 && s < n) plus.push({ K, sign: 1, lowerAt: j + 1 });
  }
  // Merge by position; positions are compared as integers plus ±f so equal points coincide.
  const points: Breakpoint[] = [];
  let a = 0;
  let b = 0;
  while (a < minus.length || b < plus.length) {
    if (b >= plus.length) points.push(minus[a++]);
    else if (a >= minus.length) points.push(plus[b++]);
    else {
      const gap = minus[a].K - plus[b].K; // position(minus) − position(plus) = gap − 2f
      if (gap < 2 * f) points.push(minus[a++]);
      else if (gap > 2 * f) points.push(plus[b++]);
      else {
        points.push({ K: minus[a].K, sign: -1, upperAfter: minus[a].upperAfter, lowerAt: plus[b].lowerAt });
        a++;
        b++;
      }
    }
  }

  let v = new Float64Array(n + 1);
  let next = new Float64Array(n + 1);
  v[0] = 1;
  let lo = 0;
  let hi = 0;
  let upper = Math.min(ll, n);
  let exponent = 0;
  const weights = new Float64Array(n + 1);
  let prevK = 0;
  let prevSign = 0;

  const advance = (delta: number, lower: number): boolean => {
    const top = Math.min(upper, n);
    const newLo = Math.max(lo, lower);
    if (top < newLo) return false;
    weights[0] = 1;
    for (let r = 1; r <= top - lo; r++) weights[r] = (weights[r - 1] * delta) / r;
    next.fill(0, 0, n + 1);
    let max = 0;
    for (let c = newLo; c <= top; c++) {
      let sum = 0;
      const last = Math.min(c, hi);
      for (let c0 = lo; c0 <= last; c0++) sum += v[c0] * weights[c - c0];
      next[c] = sum;
      if (sum > max) max = sum;
    }
    const tmp = v;
    v = next;
    next = tmp;
    lo = newLo;
    hi = top;
    if (max > 0 && max < 2 ** -256) {
      for (let c = lo; c <= hi; c++) v[c] *= 2 ** 256;
      exponent -= 256;
    } else if (max > 2 ** 256) {
      for (let c = lo; c <= hi; c++) v[c] *= 2 ** -256;
      exponent += 256;
    }
    return true;
  };

  let lower = 0;
  for (const p of points) {
    const delta = p.K - prevK + (p.sign - prevSign) * f;
    if (p.lowerAt !== undefined) lower = p.lowerAt;
    if (!advance(delta, lower)) return 0;
    if (p.upperAfter !== undefined) upper = p.upperAfter;
    prevK = p.K;
    prevSign = p.sign;
  }
  const lastDelta = n - prevK - prevSign * f;
  if (!advance(lastDelta, n)) return 0;
  let w = v[n];
  for (let i = 1; i <= n; i++) w = (w * i) / n;
  return ldexp(w, exponent);
}
