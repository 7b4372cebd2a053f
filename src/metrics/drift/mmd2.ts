import { MetricSkip, type MetricDefinition } from '../../core/evaluate/types.js';
import { mmdTest } from '../../stats/embedding/mmd-test.js';
import { DRIFT_RESAMPLES } from './config.js';
import { mmdBootstrap } from './mmd-bootstrap.js';
import { selectRows } from './select-rows.js';

/**
 * drift.mmd2: unbiased MMD² between candidate and reference embeddings with an RBF kernel of
 * median-heuristic bandwidth (`mmdTest`, Gretton et al. 2012), each side sampled to `mmdMaxRows`
 * so the pooled kernel matrix stays small, with its permutation p-value (`mmdPermutations`).
 * CI: percentile bootstrap of the rows of both samples over the same kernel matrix
 * (`mmdBootstrap`), computed within compute, since it needs onnxruntime, and handed out in order.
 */
export const mmd2: MetricDefinition = {
  id: 'drift.mmd2',
  family: 'drift',
  title: 'MMD² (RBF kernel)',
  description:
    'Maximum mean discrepancy between synthetic and real embeddings (unbiased MMD², RBF kernel, median bandwidth) with a permutation p-value; about 0 when the distributions match.',
  goal: 'minimize',
  range: [null, null],
  requires: { reference: true },
  // The unbiased estimate's standard deviation under the null falls like 1/n; below ~50 rows per side the permutation test has little power.
  minRows: 50,
  ci: { method: 'bootstrap', resamples: DRIFT_RESAMPLES },
  async compute(ctx) {
    const cfg = ctx.config.drift;
    const ci = ctx.sample(ctx.candidate, cfg.mmdMaxRows, 'MMD² permutation test (pooled kernel matrix)');
    const ri = ctx.sample(ctx.reference, cfg.mmdMaxRows, 'MMD² permutation test (pooled kernel matrix)');
    if (ci.length < 2 || ri.length < 2) throw new MetricSkip(`needs at least 2 rows on each side, got ${ci.length} candidate and ${ri.length} reference`);
    const reference = selectRows(ctx.reference.embeddings, ri);
    const candidate = selectRows(ctx.candidate.embeddings, ci);
    const seed = ctx.rng.int(2 ** 31);
    const test = await mmdTest(reference, candidate, { permutations: cfg.mmdPermutations, seed });
    const replicates = await mmdBootstrap(reference, candidate, test.sigma, DRIFT_RESAMPLES, ctx.rng.fork());
    let next = 0;
    return {
      value: test.mmd2,
      pValue: test.pValue,
      resample: () => replicates[next++ % replicates.length],
      details: {
        sigma: test.sigma,
        sigmaSource: test.sigmaSource,
        permutations: test.permutations,
        rows: { candidate: ci.length, reference: ri.length },
        ciMethod: 'bootstrap of the rows of both samples over the fixed kernel matrix (pairs of copies of one row left out)',
      },
    };
  },
};
