import { MetricSkip, type MetricDefinition } from '../../core/evaluate/types.js';
import { createRng } from '../../core/rng.js';
import { frechetDistance } from '../../stats/embedding/frechet-distance.js';
import { FRECHET_RESAMPLES } from './config.js';
import { CENTRED_CI_METHOD, centredResampler } from './centred-resampler.js';
import { createFrechetBootstrap } from './frechet-bootstrap.js';

/**
 * drift.frechet: Fréchet distance between Gaussians fitted to the candidate and reference
 * embeddings (`frechetDistance`, the FID formula on any embedder), on all rows. Its plug-in
 * bias shrinks with n, so the runner compares value and baseline on equal-size samples
 * (sizeSensitive). CI: block bootstrap (`createFrechetBootstrap`), FRECHET_RESAMPLES resamples, re-centred
 * on the estimate (`centredResampler`).
 */
export const frechet: MetricDefinition = {
  id: 'drift.frechet',
  family: 'drift',
  title: 'Fréchet embedding distance',
  description:
    'Fréchet distance between Gaussians fitted to synthetic and real embeddings (means and covariances, as FID); 0 when they match, in squared embedding units.',
  goal: 'minimize',
  range: [0, null],
  requires: { reference: true },
  // A d × d covariance from fewer rows than 2d (200 for the builtin 100-d embedder) is dominated by its estimation noise.
  minRows: 200,
  sizeSensitive: true,
  perLabel: true,
  ci: { method: 'bootstrap', resamples: FRECHET_RESAMPLES },
  async compute(ctx) {
    const ref = ctx.reference.embeddings;
    const cand = ctx.candidate.embeddings;
    if (ref.rows < 2 || cand.rows < 2) throw new MetricSkip(`needs at least 2 rows on each side, got ${cand.rows} candidate and ${ref.rows} reference`);
    const value = frechetDistance(ref, cand);
    let boot: ReturnType<typeof createFrechetBootstrap> | null = null;
    const seed = ctx.rng.int(2 ** 31);
    return {
      value,
      // Blocks are built on the first resample only: per-label passes never ask for a CI.
      resample: centredResampler(
        value,
        (rng) => (boot ??= createFrechetBootstrap(ref, cand, createRng(seed))).resample(rng),
        FRECHET_RESAMPLES,
        ctx.rng.int(2 ** 31),
        0,
      ),
      details: {
        rows: { candidate: cand.rows, reference: ref.rows },
        dimension: ref.dimension,
        ciMethod: `${CENTRED_CI_METHOD}; rows resampled in random blocks (up to 50 per side), ${FRECHET_RESAMPLES} resamples`,
      },
    };
  },
};
