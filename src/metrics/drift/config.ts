import { z } from 'zod';

/** Settings of the drift family (the `drift` section of an evaluation config); defaults live here. */
export const DriftConfigSchema = z
  .object({})
  .strict();
export type DriftConfig = z.infer<typeof DriftConfigSchema>;
