// A fixed-window counter per key, in memory. The portal limits each link and each client IP so a
// leaked link cannot be hammered and nobody can guess tokens at speed. One process holds the
// counts: several API processes behind a balancer each count on their own (documented).

export interface RateLimit {
  /** Requests allowed per window. */
  max: number;
  windowMs: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: RateLimit,
    /** Forget keys beyond this many (the oldest windows go first), so memory stays bounded. */
    private readonly maxKeys = 100_000,
  ) {}

  hit(key: string, now: number): RateDecision {
    const current = this.windows.get(key);
    if (!current || now - current.start >= this.limit.windowMs) {
      if (this.windows.size >= this.maxKeys) this.evictExpired(now);
      this.windows.delete(key);
      this.windows.set(key, { start: now, count: 1 });
      return { ok: true };
    }
    current.count += 1;
    if (current.count <= this.limit.max) return { ok: true };
    return {
      ok: false,
      retryAfterSeconds: Math.max(1, Math.ceil((current.start + this.limit.windowMs - now) / 1000)),
    };
  }

  private evictExpired(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.limit.windowMs) this.windows.delete(key);
    }
    // Still full: drop the oldest-inserted half.
    if (this.windows.size >= this.maxKeys) {
      let drop = Math.ceil(this.windows.size / 2);
      for (const key of this.windows.keys()) {
        if (drop-- <= 0) break;
        this.windows.delete(key);
      }
    }
  }
}
