import { z } from 'zod';

/** Settings of the privacy family (the `privacy` section of an evaluation config); defaults live here. */
export const PrivacyConfigSchema = z
  .object({})
  .strict();
export type PrivacyConfig = z.infer<typeof PrivacyConfigSchema>;
