/**
 * Wait before retry number `retry` (0 for the first retry): "full jitter", uniform in
 * [0, min(maxMs, baseMs · 2^retry)] (AWS Architecture Blog, Marc Brooker, "Exponential Backoff
 * And Jitter", 2015), unless the server named a wait (Retry-After), which is honoured as given.
 * `random` is Math.random in production on purpose: jitter exists to decorrelate separate
 * processes, which a shared seed would undo; it never affects what is generated.
 *
 * @example
 * backoffDelay(3, { baseMs: 500, maxMs: 8000 }, undefined, () => 0.5); // 2000 = 0.5 × min(8000, 500 · 2³)
 * backoffDelay(3, { baseMs: 500, maxMs: 8000 }, 1200);                // 1200
 */
export function backoffDelay(retry: number, limits: { baseMs: number; maxMs: number }, retryAfter?: number, random: () => number = Math.random): number {
  if (retryAfter !== undefined) return retryAfter;
  return random() * Math.min(limits.maxMs, limits.baseMs * 2 ** retry);
}
