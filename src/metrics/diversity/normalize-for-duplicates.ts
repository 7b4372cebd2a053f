/**
 * The text two rows must share to be exact duplicates (`diversity.exact-duplicate-rate`):
 * lowercased (`toLowerCase`, no locale), every run of whitespace (JavaScript `\s`, Unicode
 * spaces and line breaks included) collapsed to one space, and trimmed. Punctuation, accents and
 * Unicode forms are kept: "Great film!" and "great   film!" are duplicates, "Great film." is not.
 *
 * @example
 * normalizeForDuplicates('  Great\tFILM!\n') // 'great film!'
 */
export function normalizeForDuplicates(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
