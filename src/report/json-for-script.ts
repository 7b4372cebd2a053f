/**
 * JSON fit for the body of a `<script type="application/json">` element: every `<` becomes
 * `\u003c` (so no `</script>` or `<!--` can end or alter the element, whatever a dataset row
 * holds), and U+2028/U+2029 are escaped too. `JSON.parse` of the element's text gives the value
 * back unchanged. (The escaping of Rails `json_escape` and serialize-javascript 6.)
 *
 * @example
 * jsonForScript({ text: '</script><script>alert(1)</script>' });
 * // '{"text":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}'
 */
export function jsonForScript(value: unknown): string {
  return (JSON.stringify(value) ?? 'null')
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
