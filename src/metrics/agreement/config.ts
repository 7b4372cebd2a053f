import { z } from 'zod';

/** Settings of the agreement family (the `agreement` section of an evaluation config); defaults live here. */
export const AgreementConfigSchema = z
  .object({})
  .strict();
export type AgreementConfig = z.infer<typeof AgreementConfigSchema>;
