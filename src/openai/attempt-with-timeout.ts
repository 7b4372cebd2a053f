/** How one attempt ended: its value, or what it threw and whether our timer had fired. */
export type AttemptOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown; timedOut: boolean };

/**
 * Runs one request attempt with a signal of its own that aborts when the caller's `signal` does
 * or after `timeoutMs`, whichever is first: the `openai` client's timeout stops at the response
 * headers, so a stalled body would hang without this. The timer and the listener are removed
 * when the attempt ends.
 *
 * @example
 * const outcome = await attemptWithTimeout(signal, 60_000, (s) => client.embeddings.create(body, { signal: s }));
 * // { ok: true, value: { data: […] } } or { ok: false, error, timedOut: true }
 */
export async function attemptWithTimeout<T>(signal: AbortSignal, timeoutMs: number, run: (signal: AbortSignal) => Promise<T>): Promise<AttemptOutcome<T>> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = (): void => controller.abort(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    return { ok: true, value: await run(controller.signal) };
  } catch (error) {
    return { ok: false, error, timedOut };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}
