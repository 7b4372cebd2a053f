import type { Family } from '../core/results-schema.js';

/**
 * Which family's section lists each kind of flag. Kinds not here are listed under "Other
 * flagged rows", so a new kind is never dropped.
 */
export const FLAG_FAMILIES: Readonly<Record<string, Family>> = {
  duplicate: 'diversity',
  'exact-duplicate': 'diversity',
  'near-duplicate': 'diversity',
  'suspect-label': 'agreement',
  'exact-copy': 'privacy',
  'near-copy': 'privacy',
  pii: 'privacy',
  'exemplar-overlap': 'privacy',
};
