import { z } from 'zod';

/** Settings of the diversity family (the `diversity` section of an evaluation config); defaults live here. */
export const DiversityConfigSchema = z
  .object({})
  .strict();
export type DiversityConfig = z.infer<typeof DiversityConfigSchema>;
