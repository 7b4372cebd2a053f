const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML element content and quoted attribute values: `& < > " '` become
 * entities, so a dataset string such as `"><img src=x onerror=alert(1)>` shows as text and
 * never closes an attribute or opens an element. Matches the five replacements of the OWASP
 * XSS Prevention Cheat Sheet, rule #1 (and lodash 4.17 `escape`).
 *
 * @example
 * escapeHtml('<script>alert("x")</script>');
 * // '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
 */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
