// A token bucket per user, shared by every adapter: a burst of a few commands is fine, a flood is not.

export interface RateLimitSettings {
  RATE_LIMIT_PER_MINUTE: number;
  RATE_LIMIT_BURST: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updated: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly settings: RateLimitSettings,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = settings.RATE_LIMIT_PER_MINUTE / 60_000;
  }

  take(key: string): RateDecision {
    const now = this.now();
    const burst = this.settings.RATE_LIMIT_BURST;
    const bucket = this.buckets.get(key) ?? { tokens: burst, updated: now };
    bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updated) * this.perMs);
    bucket.updated = now;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 10_000) this.forgetFullBuckets();
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.ceil((1 - bucket.tokens) / this.perMs / 1000) };
  }

  /** A full bucket says nothing a new one would not: drop them so memory stays bounded. */
  private forgetFullBuckets(): void {
    const now = this.now();
    for (const [key, b] of this.buckets) {
      if (b.tokens + (now - b.updated) * this.perMs >= this.settings.RATE_LIMIT_BURST) this.buckets.delete(key);
    }
  }
}
