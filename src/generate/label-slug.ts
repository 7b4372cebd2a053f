import type { GenerationLabel } from './types.js';

/**
 * The id prefix of a label's items: lower case, runs of anything but a-z and 0-9 as one hyphen.
 * `parseGenerateConfig` refuses two labels with the same slug.
 *
 * @example
 * labelSlug('Very Positive!'); // 'very-positive'
 * labelSlug(1);                // '1'
 */
export function labelSlug(label: GenerationLabel): string {
  return String(label)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
