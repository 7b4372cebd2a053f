import type { MetricDefinition } from '../../core/evaluate/types.js';
import { MetricSkip } from '../../core/evaluate/types.js';
import { RESAMPLES } from './config.js';
import { topNgrams } from './ngram-table.js';
import { ngramTableOf } from './shared.js';

/**
 * diversity.top-ngram-repetition: the share of all n-gram occurrences (n = 3 by default, pooled
 * over rows, never crossing a row) taken by the 10 most frequent n-grams. Natural text spreads its
 * 3-grams thinly (the top 10 hold ~1–3% of them in a few thousand sentences); text from a few
 * templates or a stock opening ("as an AI", "I absolutely loved") concentrates them. Size-sensitive
 * (small corpora concentrate more), so the runner compares equal-size samples; the CI is the
 * centred half-sample interval.
 */
export const topNgramRepetition: MetricDefinition = {
  id: 'diversity.top-ngram-repetition',
  family: 'diversity',
  title: 'Top n-gram repetition',
  description: 'Share of all 3-gram occurrences taken by the 10 most frequent 3-grams (compared at equal size with the real rows); higher means repeated phrases or templates.',
  goal: 'minimize',
  range: [0, 1],
  requires: { reference: false },
  // Ten n-grams out of a few hundred are a large share by chance: ~100 rows are needed before
  // the share reflects repetition rather than the small count.
  minRows: 100,
  sizeSensitive: true,
  ci: { method: 'subsample', resamples: RESAMPLES.ngramSubsamples },
  async compute(ctx) {
    const { n, top } = ctx.config.diversity.topNgrams;
    const table = await ngramTableOf(ctx);
    const found = topNgrams(table, ctx.candidate.tokens(), n, top);
    if (found.total === 0) throw new MetricSkip(`no row has ${n} tokens`);
    const value = found.topCount / found.total;
    if (ctx.pass === 'resample') return { value };
    return {
      value,
      details: {
        n,
        top,
        total: found.total,
        ngrams: found.top.map((g) => ({ ngram: table.tokensOf(g.id, n).join(' '), count: g.count, share: g.count / found.total })),
      },
    };
  },
};
