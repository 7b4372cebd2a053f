import { createHash } from 'node:crypto';

/**
 * The report's Content-Security-Policy: nothing may load from anywhere (`default-src 'none'`,
 * which also forbids fetch, frames, fonts and forms), scripts run only if their exact text is
 * one of the report's own inline scripts (CSP Level 2 hash sources, sha256), styles may be
 * inline, images only `data:` URLs. A string from a dataset that slipped into the markup as a
 * `<script>` would therefore still not run. No `'unsafe-eval'`: charts use vega's expression
 * interpreter.
 *
 * @example
 * contentSecurityPolicy(['console.log(1)']);
 * // "default-src 'none'; script-src 'sha256-…'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
 */
export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
  const hashes = inlineScripts.map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`);
  const scriptSrc = hashes.length > 0 ? hashes.join(' ') : "'none'";
  return `default-src 'none'; script-src ${scriptSrc}; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;
}
