/**
 * Server text for a one-line message: white space runs folded to one space, trimmed, and cut to
 * `max` characters with an ellipsis.
 *
 * @example
 * oneLine('  upstream\n  exploded '); // 'upstream exploded'
 */
export function oneLine(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
