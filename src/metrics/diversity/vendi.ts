import type { MetricDefinition } from '../../core/evaluate/types.js';
import { MetricSkip } from '../../core/evaluate/types.js';
import { vendiScore } from '../../stats/embedding/vendi-score.js';
import { RESAMPLES } from './config.js';
import { gatherRows } from './shared.js';
import { vendiRowContributions } from './vendi-contributions.js';

/**
 * diversity.vendi (Friedman & Dieng 2023; `vendiScore`, cosine kernel): the effective number of
 * distinct rows in embedding space, on a seeded sample of at most `vendi.maxRows` rows.
 * Size-sensitive (the plug-in entropy grows with n until the sample fills the space; at most
 * min(n, d)), so the runner compares equal-size sides. CI: bootstrap of the per-row terms of
 * log VS (vendiRowContributions), exponentiated: a linearised bootstrap, O(n) per resample.
 */
export const vendi: MetricDefinition = {
  id: 'diversity.vendi',
  family: 'diversity',
  title: 'Vendi score',
  description: 'Effective number of distinct synthetic rows in embedding space (exponential of the entropy of the cosine kernel\'s eigenvalues; compared at equal size with the real rows); lower means rows crowd into fewer directions.',
  goal: 'maximize',
  range: [1, null],
  requires: { reference: false },
  // The score cannot exceed the number of rows: below ~100 rows (the builtin embedder's
  // dimension) it measures the sample size as much as the data.
  minRows: 100,
  sizeSensitive: true,
  ci: { method: 'bootstrap', resamples: RESAMPLES.vendiBootstrap },
  async compute(ctx) {
    const side = ctx.candidate;
    const picked = ctx.sample(side, ctx.config.diversity.vendi.maxRows, 'Vendi score rows');
    const d = side.embeddings.dimension;
    // Rows without a direction (an embedder's zero vector for an empty text) have no cosine.
    const usable = picked.filter((r) => {
      let s = 0;
      for (let c = r * d; c < (r + 1) * d; c++) s += side.embeddings.data[c] ** 2;
      return s > 0;
    });
    if (usable.length < 2) throw new MetricSkip(`the Vendi score needs at least 2 rows with a non-zero embedding, got ${usable.length}`);
    const x = gatherRows(side, usable);
    const value = vendiScore(x);
    const h = await vendiRowContributions(x);
    const n = h.length;
    return {
      value,
      resample(rng) {
        let s = 0;
        for (let i = 0; i < n; i++) s += h[rng.int(n)];
        return Math.exp(s / n);
      },
      warnings: usable.length < picked.length ? [`${picked.length - usable.length} rows with an all-zero embedding (empty text?) left out of the Vendi score`] : undefined,
      details: { rows: n, dimension: d, effectiveShare: value / n },
    };
  },
};
