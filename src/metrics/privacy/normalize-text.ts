/**
 * The normalised text by which `privacy.exact-copy-rate` compares rows: lowercased
 * (`String.prototype.toLowerCase`, no locale), every run of whitespace (`\s`, Unicode included)
 * collapsed to one space, trimmed. Punctuation and accents are kept: "Call me." and "call  me."
 * are the same text; "Call me!" is not.
 *
 * @example
 * normalizeText('  Call ME\n\tlater. '); // → 'call me later.'
 */
export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
