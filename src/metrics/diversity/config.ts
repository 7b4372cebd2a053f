import { z } from 'zod';

/** Settings of the diversity family (the `diversity` section of an evaluation config); defaults live here. */
export const DiversityConfigSchema = z
  .object({
    corpus: z
      .object({
        /**
         * Rows (seeded sample) whose tokens form the stream for MATTR, MTLD and HD-D. These are
         * not size-sensitive, so a sample only widens the interval; 5,000 rows of sentence-length
         * text is ~100,000 tokens, and each of the bootstrap resamples is a pass over them.
         */
        maxRows: z.number().int().min(10).default(5000),
      })
      .strict()
      .prefault({}),
    mattr: z
      .object({
        /**
         * Window in tokens. 50, lexical_diversity's default and the common choice for short
         * texts (Covington & McFall 2010 use 500 for long ones): the corpus is one long token
         * stream here, but its rows are sentences, and a 50-token window spans a few of them.
         */
        window: z.number().int().min(2).default(50),
      })
      .strict()
      .prefault({}),
    mtld: z
      .object({
        /** Factor threshold 0.72, McCarthy & Jarvis 2010's empirically chosen value. */
        threshold: z.number().gt(0).lt(1).default(0.72),
      })
      .strict()
      .prefault({}),
    hdd: z
      .object({
        /** Sample size 42, McCarthy & Jarvis 2007 (the value vocd-D and HD-D are calibrated on). */
        draws: z.number().int().min(1).default(42),
      })
      .strict()
      .prefault({}),
    selfBleu: z
      .object({
        /**
         * Rows sampled (seeded) on each side; each is scored against the others in the sample.
         * 500, as in the Texygen setup (Zhu et al. 2018) and most papers since; the same size on
         * both sides because BLEU against more references is higher.
         */
        sampleRows: z.number().int().min(2).default(500),
        /** BLEU order 4 (uniform weights), the standard self-BLEU. */
        maxN: z.number().int().min(1).max(8).default(4),
      })
      .strict()
      .prefault({}),
    compression: z
      .object({
        /**
         * The ratio is taken over a seeded sample of min(maxRows, n/2) rows, and its interval
         * from other such samples. 1,000 rows of sentence-length text is 50–150 kB, well past
         * gzip's 32 kB window (where the ratio settles), and gzip −9 of that takes ~10 ms.
         */
        maxRows: z.number().int().min(10).default(1000),
      })
      .strict()
      .prefault({}),
    topNgrams: z
      .object({
        /** Order of the n-grams counted: 3-grams catch repeated phrasing and templates. */
        n: z.number().int().min(1).max(8).default(3),
        /** The share taken by this many most frequent n-grams. */
        top: z.number().int().min(1).default(10),
      })
      .strict()
      .prefault({}),
    vendi: z
      .object({
        /**
         * Rows sampled (seeded) for the Vendi score: O(n·d²), linear in n; 10,000 rows of 100-d
         * embeddings take ~50 ms, and the score has settled long before (it is at most d).
         */
        maxRows: z.number().int().min(2).default(10_000),
      })
      .strict()
      .prefault({}),
    nearDuplicates: z
      .object({
        /**
         * Cosine at or above which a row is a near duplicate of an earlier row. 0.95: with the
         * builtin embedder, rewordings of one sentence (a word swapped, punctuation, case) score
         * above it while different sentences on the same topic rarely do.
         */
        threshold: z.number().gt(0).max(1).default(0.95),
        /**
         * Rows checked (seeded sample) against every row of their side: cost rows × n × d.
         * 10,000 checks all rows of a 10,000-row set in about a second; above that the rate is
         * estimated on the sample (unbiased) and clusters are listed for sampled rows only.
         */
        maxRows: z.number().int().min(10).default(10_000),
      })
      .strict()
      .prefault({}),
  })
  .strict();
export type DiversityConfig = z.infer<typeof DiversityConfigSchema>;

/**
 * Resample counts of the intervals the runner builds from a metric's `ci` declaration or
 * `resample` function. They are part of the metric definitions (the runner reads them there),
 * not of the run's config.
 */
export const RESAMPLES = {
  /**
   * Half-samples for distinct-n and the top-n-gram share (centred subsampling interval): each
   * costs the runner a half-size copy of the side and one pass over its n-gram ids, about a
   * millisecond for 5,000 rows; 100 place the 2.5% and 97.5% points well enough for a reading.
   */
  ngramSubsamples: 100,
  /** Row bootstraps of the corpus-level MATTR, MTLD and HD-D: each one pass over up to ~100,000 token ids. */
  lexicalBootstrap: 100,
  /** Other seeded samples for the compression ratio's interval: each is one gzip −9 of up to maxRows rows (~10 ms). */
  compressionSamples: 30,
  /** Bootstraps of the Vendi score's linearised per-row terms: each is one O(n) mean. */
  vendiBootstrap: 1000,
} as const;
