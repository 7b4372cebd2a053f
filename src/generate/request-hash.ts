import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so equal values give equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The cache key of a request: hex SHA-256 of its canonical JSON (keys sorted at every level, as
 * RFC 8785 JSON Canonicalization orders them for ASCII keys; undefined members dropped), so key
 * order and absent options do not change the key.
 *
 * @example
 * requestHash({ b: 1, a: [1, 2] }) === requestHash({ a: [1, 2], b: 1 }); // true
 */
export function requestHash(value: unknown): string {
  return createHash('sha256').update(canonical(value)).digest('hex');
}
