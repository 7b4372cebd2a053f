import { z } from 'zod';
import { AgreementConfigSchema } from '../../metrics/agreement/config.js';
import { BiasConfigSchema } from '../../metrics/bias/config.js';
import { DiversityConfigSchema } from '../../metrics/diversity/config.js';
import { DriftConfigSchema } from '../../metrics/drift/config.js';
import { PrivacyConfigSchema } from '../../metrics/privacy/config.js';
import { SimilarityConfigSchema } from '../../metrics/similarity/config.js';

/**
 * Evaluation settings (`evaluate({ config })`, `score --config file.yaml`). Every default is in
 * the schema; the parsed config, defaults included, is written to results.json.
 */
export const EvaluateConfigSchema = z
  .object({
    /** Metric ids or family names to run; empty runs everything. */
    include: z.array(z.string()).default([]),
    /** Metric ids or family names to leave out (recorded as skipped). */
    exclude: z.array(z.string()).default([]),
    bootstrap: z
      .object({
        /** Resamples for per-row means (cheap). */
        resamples: z.number().int().min(20).max(100_000).default(1000),
        level: z.number().gt(0).lt(1).default(0.95),
      })
      .strict()
      .prefault({}),
    /** At most this many flags of each kind are kept in results.json (ranked); counts are kept whole. */
    maxFlagsPerKind: z.number().int().min(0).default(500),
    similarity: SimilarityConfigSchema.prefault({}),
    diversity: DiversityConfigSchema.prefault({}),
    agreement: AgreementConfigSchema.prefault({}),
    drift: DriftConfigSchema.prefault({}),
    bias: BiasConfigSchema.prefault({}),
    privacy: PrivacyConfigSchema.prefault({}),
  })
  .strict();

export type EvaluateConfig = z.infer<typeof EvaluateConfigSchema>;
export type EvaluateConfigInput = z.input<typeof EvaluateConfigSchema>;
