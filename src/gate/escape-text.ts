// Characters XML 1.0 does not allow at all (C0 controls other than tab, LF, CR; lone surrogates;
// U+FFFE/U+FFFF): replaced by U+FFFD, since no escape can carry them.
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Escapes text for XML/HTML element content and double- or single-quoted attribute values. Tabs
 * and line breaks in attributes become character references, which attribute-value normalisation
 * (XML 1.0 §3.3.3) would otherwise turn into spaces.
 *
 * Reference: XML 1.0 (5th ed.) §2.2 Characters, §2.4 Character Data, §3.3.3; the HTML standard's
 * "escaping a string" (§13.3).
 *
 * @example
 * escapeXml('<a href="x">&\'</a>\u0007'); // '&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;\uFFFD'
 */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
