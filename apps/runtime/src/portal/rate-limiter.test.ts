import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('allows max requests per window per key, then says when to come back', () => {
    const limiter = new RateLimiter({ max: 2, windowMs: 60_000 });
    expect(limiter.hit('a', 0)).toEqual({ ok: true });
    expect(limiter.hit('a', 1000)).toEqual({ ok: true });
    expect(limiter.hit('a', 2000)).toEqual({ ok: false, retryAfterSeconds: 58 });
    expect(limiter.hit('b', 2000)).toEqual({ ok: true });
    expect(limiter.hit('a', 60_000)).toEqual({ ok: true });
  });

  it('keeps memory bounded', () => {
    const limiter = new RateLimiter({ max: 1, windowMs: 60_000 }, 10);
    for (let i = 0; i < 100; i++) limiter.hit(`k${i}`, 0);
    expect(limiter.hit('k99', 1)).toEqual({ ok: false, retryAfterSeconds: 60 });
  });
});
