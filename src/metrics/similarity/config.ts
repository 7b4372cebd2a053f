import { z } from 'zod';

/** Settings of the similarity family (the `similarity` section of an evaluation config); defaults live here. */
export const SimilarityConfigSchema = z
  .object({
    /**
     * Candidate rows searched for their nearest real row (nn-cosine), sampled past this. Every
     * reference row is searched. 20,000 keeps 100,000-row runs to a few seconds while the mean's
     * standard error stays under 0.001 (per-row cosines spread by about 0.1).
     */
    nnMaxRows: z.number().int().min(10).max(1_000_000).default(20_000),
    prdc: z
      .object({
        /**
         * Neighbourhood size of the k-NN balls. 5, as Naeem et al. 2020 (§4) recommend: with equal
         * sample sizes the expected coverage of identical distributions is then 1 − 2⁻⁵ ≈ 0.97, high
         * enough to read a drop, while the balls stay local.
         */
        k: z.number().int().min(1).max(100).default(5),
        /**
         * Rows per side: both sides are sampled (seeded) to the same size, at most this. The ball
         * tests are quadratic; 5,000 × 5,000 takes about a second on 2 cores, and Naeem et al. show
         * the four values are stable well before 10,000.
         */
        maxRows: z.number().int().min(10).max(100_000).default(5000),
      })
      .strict()
      .prefault({}),
  })
  .strict();
export type SimilarityConfig = z.infer<typeof SimilarityConfigSchema>;
