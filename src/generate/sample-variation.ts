import type { Rng } from '../core/rng.js';
import type { VariationSpec } from './config-schema.js';
import { pickChoice } from './pick-choice.js';
import type { Variation } from './types.js';

/**
 * Draws one value of each configured variation knob (topic, persona, style, length, in that
 * order, weighted by `pickChoice`), so a seeded rng gives the same variation every time.
 * Knobs that are not configured are absent and take no draw.
 *
 * @example
 * sampleVariation({ topics: ['kettles', 'phones'], styles: ['terse'] }, createRng(5));
 * // { topic: 'phones', style: 'terse' }
 */
export function sampleVariation(spec: VariationSpec, rng: Rng): Variation {
  const out: Variation = {};
  if (spec.topics) out.topic = pickChoice(spec.topics, rng);
  if (spec.personas) out.persona = pickChoice(spec.personas, rng);
  if (spec.styles) out.style = pickChoice(spec.styles, rng);
  if (spec.lengths) out.length = pickChoice(spec.lengths, rng);
  return out;
}
