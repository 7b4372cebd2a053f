const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
const SQRT_2PI = Math.sqrt(2 * Math.PI);
const MIN_LOG = -708;

/**
 * Pelz & Good (1976, JRSS B 38(2)) approximation of P(Dₙ ≤ x), in the form given by Simard &
 * L'Ecuyer (2011, J. Stat. Softw. 39(11), eq. 9): K₀(z) + K₁(z)/√n + K₂(z)/n + K₃(z)/n^{3/2}
 * with z = x√n, each Kᵢ a theta-type series in e^(−(2k−1)²π²/(8z²)) plus, for K₂ and K₃, a
 * series in e^(−k²π²/(2z²)). Both are summed over k = 1 … ⌈16z/π⌉ as scipy's _kstwo does.
 */
export function pelzGoodCdf(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z3 = z2 * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qlog = -PI2 / 8 / z2;
  if (qlog < MIN_LOG) return 0;
  const q = Math.exp(qlog);

  const k1a = -z2;
  const k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
  const k2c = (PI4 * (1 - 2 * z2)) / 16;
  const k3d = (PI6 * (5 - 30 * z2)) / 64;
  const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z6 * z2;

  // Σ_k c(m) q^{m²}, m = 2k − 1, by Horner in q^{8k}: q^{(2k+1)²} / q^{(2k−1)²} = q^{8k}.
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  const maxk = Math.ceil((16 * z) / Math.PI);
  for (let k = maxk; k >= 1; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qpower = Math.pow(q, 8 * k);
    s0 = s0 * qpower + 1;
    s1 = s1 * qpower + (k1a + k1b * m2);
    s2 = s2 * qpower + (k2a + k2b * m2 + k2c * m4);
    s3 = s3 * qpower + (k3a + k3b * m2 + k3c * m4 + k3d * m6);
  }
  const f = q * SQRT_2PI;
  const K0 = (s0 * f) / z;
  let K1 = (s1 * f) / (6 * z4);
  let K2 = (s2 * f) / (72 * z4 * z3);
  let K3 = (s3 * f) / (6480 * z6 * z4);

  const r = Math.exp(-PI2 / 2 / z2);
  let extra2 = 0;
  let extra3 = 0;
  for (let k = maxk; k >= 1; k--) {
    const k2 = k * k;
    const w = k2 * Math.pow(r, k2);
    extra2 += w;
    extra3 += (3 * z2 - PI2 * k2) * w;
  }
  K2 += (extra2 * PI2 * SQRT_2PI) / (-36 * z3);
  K3 += (extra3 * PI2 * SQRT_2PI) / (216 * z6);
  const sqrtN = Math.sqrt(n);
  K1 /= sqrtN;
  K2 /= n;
  K3 /= n * sqrtN;
  return K0 + K1 + K2 + K3;
}
