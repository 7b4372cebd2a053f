import { sleep as realSleep } from './sleep.js';

export interface RateLimiterOptions {
  requestsPerMinute?: number;
  tokensPerMinute?: number;
  /** Milliseconds clock; injected by tests. Default `Date.now`. */
  now?: () => number;
  /** Injected by tests (a fake clock advances instead of waiting). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface RateLimiter {
  /** Resolves when a request estimated at `tokens` tokens may start; callers are served first come, first served. */
  acquire(tokens: number, signal?: AbortSignal): Promise<void>;
  /** Books the difference once the real usage of a request is known. */
  settle(estimatedTokens: number, actualTokens: number): void;
  /** Nobody starts before `ms` from now (a 429 told us to back off). */
  pause(ms: number): void;
}

interface Bucket {
  level: number;
  capacity: number;
  /** Refill per millisecond. */
  rate: number;
}

/**
 * Requests-per-minute and tokens-per-minute limits as two token buckets (Turner 1986, the
 * "leaky bucket" policer; the form OpenAI describes for its own limits). Each refills
 * continuously at limit/60 000 per ms and holds one second's worth (at least one request), so a
 * run starts at most one second of budget at once and then spreads requests evenly: servers
 * often enforce a per-minute limit over shorter windows (OpenAI: "60 RPM may be enforced as
 * 1 request per second"). A request costing more tokens than the bucket holds waits for a full
 * bucket and leaves it in debt, which later requests wait out. `settle` refunds or charges the
 * difference between the estimate and the usage the server reports; `pause` holds everyone back
 * after a 429. Concurrency is bounded separately, by the number of workers.
 *
 * @example
 * const limiter = createRateLimiter({ requestsPerMinute: 120 });
 * await limiter.acquire(0); // the first two start at once, then one every 500 ms
 */
export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const now = options.now ?? Date.now;
  const wait = options.sleep ?? realSleep;
  const bucket = (perMinute: number | undefined, minimum: number): Bucket | null =>
    perMinute === undefined ? null : { level: Math.max(minimum, perMinute / 60), capacity: Math.max(minimum, perMinute / 60), rate: perMinute / 60_000 };
  const requests = bucket(options.requestsPerMinute, 1);
  const tokens = bucket(options.tokensPerMinute, 1);
  let last = now();
  let pausedUntil = -Infinity;
  let queue: Promise<void> = Promise.resolve();

  const refill = (): void => {
    const t = now();
    const dt = Math.max(0, t - last);
    last = t;
    for (const b of [requests, tokens]) if (b) b.level = Math.min(b.capacity, b.level + dt * b.rate);
  };
  /** Milliseconds until the bucket can pay `cost` (or is full, for a cost above its capacity). */
  const delay = (b: Bucket | null, cost: number): number => {
    if (!b) return 0;
    const need = Math.min(cost, b.capacity);
    return b.level >= need ? 0 : (need - b.level) / b.rate;
  };

  return {
    acquire(cost, signal) {
      const turn = queue.then(async () => {
        for (;;) {
          signal?.throwIfAborted();
          refill();
          const ms = Math.max(delay(requests, 1), delay(tokens, cost), pausedUntil - now());
          if (ms <= 0) break;
          await wait(Math.ceil(ms), signal);
        }
        if (requests) requests.level -= 1;
        if (tokens) tokens.level -= cost;
      });
      queue = turn.catch(() => undefined);
      return turn;
    },
    settle(estimated, actual) {
      if (!tokens) return;
      refill();
      tokens.level = Math.min(tokens.capacity, tokens.level + estimated - actual);
    },
    pause(ms) {
      pausedUntil = Math.max(pausedUntil, now() + ms);
    },
  };
}
