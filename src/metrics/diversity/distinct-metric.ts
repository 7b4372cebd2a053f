import type { MetricDefinition } from '../../core/evaluate/types.js';
import { MetricSkip } from '../../core/evaluate/types.js';
import { RESAMPLES } from './config.js';
import { countDistinct } from './ngram-table.js';
import { ngramTableOf } from './shared.js';

/**
 * diversity.distinct-n (Li et al. 2016; the definition of `distinctN`): distinct n-grams over all
 * n-grams of the candidate rows, pooled, n-grams never crossing a row. Size-sensitive (more text
 * repeats more n-grams), so the runner compares equal-size samples of synthetic and holdout rows;
 * the CI is the runner's centred half-sample interval, each half counted from the run's interned
 * n-gram ids.
 */
export function distinctMetric(n: 1 | 2 | 3): MetricDefinition {
  return {
    id: `diversity.distinct-${n}`,
    family: 'diversity',
    title: `Distinct-${n}`,
    description: `Distinct ${n === 1 ? 'words' : `${n}-grams`} divided by all ${n === 1 ? 'words' : `${n}-grams`} over the synthetic rows (compared at equal size with the real rows); lower means more repeated ${n === 1 ? 'vocabulary' : 'phrasing'}.`,
    goal: 'maximize',
    range: [0, 1],
    requires: { reference: false },
    // The ratio falls with corpus size and is noisy on a few hundred n-grams; below ~100 rows of
    // sentence-length text its half-sample interval is wide.
    minRows: 100,
    sizeSensitive: true,
    ci: { method: 'subsample', resamples: RESAMPLES.ngramSubsamples },
    async compute(ctx) {
      const table = await ngramTableOf(ctx);
      const { distinct, total } = countDistinct(table, ctx.candidate.tokens(), n);
      if (total === 0) throw new MetricSkip(`no row has ${n} token${n === 1 ? '' : 's'}`);
      return { value: distinct / total, details: ctx.pass === 'resample' ? undefined : { distinct, total, rows: ctx.candidate.rows.length } };
    },
  };
}
