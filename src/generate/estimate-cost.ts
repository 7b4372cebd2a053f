import type { PricingSpec } from './config-schema.js';

/**
 * The price of a number of prompt and completion tokens at per-million-token prices (the unit
 * OpenAI's and most providers' price lists use).
 *
 * @example
 * estimateCost(12_000, 3_000, { inputPerMillion: 0.15, outputPerMillion: 0.6, currency: 'USD' });
 * // 0.0036 = 12000 × 0.15 / 1e6 + 3000 × 0.6 / 1e6
 */
export function estimateCost(promptTokens: number, completionTokens: number, pricing: PricingSpec): number {
  return (promptTokens * pricing.inputPerMillion + completionTokens * pricing.outputPerMillion) / 1e6;
}
