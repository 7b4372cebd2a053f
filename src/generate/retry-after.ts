/** A Retry-After longer than this is cut to it: a minute of silence already looks like a hang. */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Milliseconds a server asked the client to wait: `retry-after-ms` (OpenAI's header), else
 * `Retry-After` as delay-seconds or an HTTP-date (RFC 9110 §10.2.3), capped at 60 s; undefined
 * when there is neither or it cannot be read.
 *
 * @example
 * retryAfterMs(new Headers({ 'retry-after': '2' }));       // 2000
 * retryAfterMs(new Headers({ 'retry-after-ms': '150' }));  // 150
 */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return Math.min(ms, MAX_RETRY_AFTER_MS);
  const value = headers?.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.min(Number(value) * 1000, MAX_RETRY_AFTER_MS);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.min(Math.max(0, date - now), MAX_RETRY_AFTER_MS) : undefined;
}
