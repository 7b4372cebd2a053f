import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff-delay.js';
import { createRateLimiter } from './rate-limiter.js';
import { retryAfterMs } from './retry-after.js';

/** A clock that only moves when someone sleeps. */
function fakeClock() {
  let t = 0;
  return {
    now: () => t,
    sleep: async (ms: number) => {
      t += ms;
    },
  };
}

describe('createRateLimiter', () => {
  it('at 120 requests a minute lets one second of budget (2) start at once, then one every 500 ms', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ requestsPerMinute: 120, ...clock });
    const starts: number[] = [];
    for (let i = 0; i < 6; i++) {
      await limiter.acquire(0);
      starts.push(clock.now());
    }
    expect(starts).toEqual([0, 0, 500, 1000, 1500, 2000]);
  });

  it('serves concurrent callers first come, first served', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ requestsPerMinute: 60, ...clock });
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3].map((i) => limiter.acquire(0).then(() => order.push(i))));
    expect(order).toEqual([0, 1, 2, 3]);
    expect(clock.now()).toBe(3000);
  });

  it('at 6000 tokens a minute (100 a second) spaces 100-token requests 1 s apart and makes a 250-token one wait for a full bucket, then repay', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ tokensPerMinute: 6000, ...clock });
    await limiter.acquire(100);
    expect(clock.now()).toBe(0);
    await limiter.acquire(100);
    expect(clock.now()).toBe(1000);
    await limiter.acquire(250); // capacity 100: waits until full (1 s), leaves the bucket at -150
    expect(clock.now()).toBe(2000);
    await limiter.acquire(10); // needs 10: from -150 that is 160 tokens = 1.6 s
    expect(clock.now()).toBe(3600);
  });

  it('settle refunds an over-estimate, so the next request starts sooner', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ tokensPerMinute: 6000, ...clock });
    await limiter.acquire(100);
    limiter.settle(100, 40); // 60 refunded
    await limiter.acquire(100); // level 60: 40 more = 400 ms
    expect(clock.now()).toBe(400);
  });

  it('pause holds everyone back after a 429', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ ...clock });
    limiter.pause(750);
    await limiter.acquire(0);
    expect(clock.now()).toBe(750);
  });

  it('stops waiting when the signal aborts', async () => {
    const limiter = createRateLimiter({ requestsPerMinute: 1 });
    await limiter.acquire(0);
    const controller = new AbortController();
    const waiting = limiter.acquire(0, controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
  });
});

describe('retryAfterMs', () => {
  it('reads retry-after-ms, then Retry-After seconds or an HTTP date (RFC 9110 §10.2.3), capped at 60 s', () => {
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '150', 'retry-after': '9' }))).toBe(150);
    expect(retryAfterMs(new Headers({ 'retry-after': '2' }))).toBe(2000);
    expect(retryAfterMs(new Headers({ 'retry-after': '0.25' }))).toBe(250);
    expect(retryAfterMs(new Headers({ 'retry-after': '3600' }))).toBe(60_000);
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    expect(retryAfterMs(new Headers({ 'retry-after': 'Wed, 21 Oct 2015 07:28:05 GMT' }), now)).toBe(5000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(retryAfterMs(new Headers())).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  it('is full jitter: u · min(max, base · 2^retry), or the server\'s wait when given', () => {
    const limits = { baseMs: 500, maxMs: 8000 };
    expect(backoffDelay(0, limits, undefined, () => 0.5)).toBe(250);
    expect(backoffDelay(3, limits, undefined, () => 0.5)).toBe(2000);
    expect(backoffDelay(10, limits, undefined, () => 0.5)).toBe(4000); // capped at 8000
    expect(backoffDelay(10, limits, 1200, () => 0.5)).toBe(1200);
  });
});
