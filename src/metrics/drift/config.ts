import { z } from 'zod';

/**
 * Bootstrap resamples behind the CIs of the drift metrics that recompute their statistic from
 * units they hold (out-of-fold scores, length counts, cluster assignments, token counts). The
 * runner reads the count from each metric definition, which is static, so it is a constant here
 * rather than a config field. 200: a 95% percentile interval moves by about 1% of its width
 * between 200 and 1,000 resamples, and each resample stays O(rows).
 */
export const DRIFT_RESAMPLES = 200;

/**
 * Resamples of the Fréchet distance's CI. Each one needs a d × d eigen-decomposition (≈ 5 ms at
 * d = 100, ≈ 0.3 s at d = 384), so fewer than the others: 50 resamples put a percentile interval's
 * ends within about a tenth of its width, enough to read against the baseline.
 */
export const FRECHET_RESAMPLES = 50;

/** Settings of the drift family (the `drift` section of an evaluation config); defaults live here. */
export const DriftConfigSchema = z
  .object({
    /**
     * Rows per side at most in the classifier two-sample test (a seeded, recorded sample).
     * 5,000: the AUC's standard error is then about 0.005, and five logistic-regression fits on
     * 8,000 rows of 100 dimensions take about 2 s on a 2-core machine.
     */
    c2stMaxRows: z.number().int().min(10).default(5_000),
    /** Folds of the c2st cross-fitting. 5, as Lopez-Paz & Oquab (2017) and `c2st` itself: 80% of the rows per fit. */
    c2stFolds: z.number().int().min(2).max(20).default(5),
    /**
     * Rows per side at most in the MMD² permutation test (seeded, recorded). 1,000: the pooled
     * 2,000 × 2,000 kernel matrix takes 32 MB and well under a second, and a topic shift is
     * detected at p < 0.01 with a few hundred rows already.
     */
    mmdMaxRows: z.number().int().min(10).default(1_000),
    /** Permutations of the MMD² test: 200 (the smallest p-value 1/201 ≈ 0.005), mmdTest's default. */
    mmdPermutations: z.number().int().min(19).max(10_000).default(200),
    /**
     * Bins of the population stability index on lengths and numeric columns: 10 reference
     * deciles, the usual choice in credit scoring (Siddiqi 2006), where the reading
     * < 0.1 stable / 0.1–0.25 moderate / > 0.25 major shift comes from.
     */
    psiBins: z.number().int().min(2).max(100).default(10),
    /** Metadata columns left out of the numeric and categorical drift metrics (ids, timestamps, free text). */
    excludeColumns: z.array(z.string()).default([]),
    /** Clusters of the pooled embeddings (k of k-means). 8: few enough to read in a report, enough to separate topics. */
    clusters: z.number().int().min(2).max(100).default(8),
    /**
     * Rows per side at most that k-means is fitted on (seeded, recorded); every row is then
     * assigned to its nearest centroid. 2,000: centroids of 8 clusters settle well before that,
     * and Lloyd's iterations on 4,000 rows cost tens of milliseconds.
     */
    clusterMaxRows: z.number().int().min(10).default(2_000),
    /** Lloyd iterations at most (k-means usually reaches a fixed point in 10–50). 100, scikit-learn's max_iter is 300. */
    clusterMaxIter: z.number().int().min(1).max(10_000).default(100),
    /** Example texts per side per cluster in details (at most 5, truncated to 300 characters). */
    clusterExamples: z.number().int().min(0).max(5).default(5),
    /**
     * Rows per side at most whose words are counted for the distinctive words (seeded, recorded).
     * 20,000: the top words of a corpus are settled well before that, and each of the CI's
     * resamples recounts every token (at 100,000 rows per side that alone took ~17 CPU-seconds).
     */
    wordMaxRows: z.number().int().min(10).default(20_000),
    /** Distinctive words listed each way (synthetic-leaning and real-leaning). 20. */
    topWords: z.number().int().min(1).max(200).default(20),
    /**
     * α₀ of the informative Dirichlet prior of the log-odds ratio (Monroe, Colaresi & Quinn 2008):
     * pseudo-tokens spread over the vocabulary in proportion to the pooled counts. 1,000: it
     * keeps a word seen only a few times on one side from topping the list (its z shrinks towards
     * 0 with its prior mass) while weighing little against corpora of 10⁴–10⁶ tokens.
     */
    wordPriorScale: z.number().gt(0).default(1_000),
  })
  .strict();
export type DriftConfig = z.infer<typeof DriftConfigSchema>;
