import { createRng, type Rng } from '../../core/rng.js';

/** How details describe the interval these resamples make. */
export const CENTRED_CI_METHOD =
  'bootstrap of the rows of both sides, percentile interval of the replicates re-centred on the estimate (the plug-in statistic is biased upwards, more so on resamples)';

/**
 * Bootstrap replicates re-centred on the estimate, for the plug-in distances of this family
 * (KS, Wasserstein, PSI, Jensen–Shannon, Cramér's V, total variation, Fréchet, max |z|). Those
 * are biased upwards and a resample, with its repeated rows, is further from the other side than
 * the sample itself, so the replicates sit above the estimate and their raw percentile interval
 * can miss it altogether. Here the replicates θ*_b are drawn on the first call (seeded, so the
 * result does not depend on when the runner asks) and handed out, in order, as
 * θ̂ + (θ*_b − mean θ*), clamped at `floor`: the percentile interval of those is the estimate
 * plus the quantiles of the replicates' deviations from their mean, i.e. the sampling spread of
 * the statistic placed around the estimate (the same centring as the runner's subsampling CI).
 * The runner's rng is not used.
 *
 * @param draw computes one replicate from a generator
 * @param resamples how many replicates the runner will ask for (the metric's ci.resamples)
 * @example
 * const resample = centredResampler(0.02, (rng) => 0.03 + 0.01 * rng.normal(), 200, 7, 0);
 * resample(rng) // 0.02 + (draw_1 − mean of the 200 draws), at least 0
 */
export function centredResampler(value: number, draw: (rng: Rng) => number, resamples: number, seed: number, floor = -Infinity): (rng: Rng) => number {
  let replicates: Float64Array | null = null;
  let next = 0;
  return () => {
    if (!replicates) {
      const rng = createRng(seed);
      const raw = Float64Array.from({ length: resamples }, () => draw(rng));
      let sum = 0;
      let finite = 0;
      for (const v of raw) {
        if (Number.isFinite(v)) {
          sum += v;
          finite++;
        }
      }
      const mean = finite > 0 ? sum / finite : Number.NaN;
      replicates = raw.map((v) => Math.max(floor, value + (v - mean)));
    }
    return replicates[next++ % replicates.length];
  };
}
