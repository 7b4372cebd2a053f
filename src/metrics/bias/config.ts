import { z } from 'zod';

/** Settings of the bias family (the `bias` section of an evaluation config); defaults live here. */
export const BiasConfigSchema = z
  .object({})
  .strict();
export type BiasConfig = z.infer<typeof BiasConfigSchema>;
