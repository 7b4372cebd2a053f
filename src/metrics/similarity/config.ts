import { z } from 'zod';

/** Settings of the similarity family (the `similarity` section of an evaluation config); defaults live here. */
export const SimilarityConfigSchema = z
  .object({})
  .strict();
export type SimilarityConfig = z.infer<typeof SimilarityConfigSchema>;
