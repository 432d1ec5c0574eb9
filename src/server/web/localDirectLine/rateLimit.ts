// Per-client token buckets for the local Direct Line: minting tokens and posting activities. A client
// over its rate gets 429 with Retry-After rather than a slower server for everyone. The table of
// clients is itself bounded: a full bucket carries no information, so the oldest entries can go.
export interface RateLimit { burst: number; perMinute: number }

export interface RateDecision { allowed: boolean; retryAfterSeconds: number }

const MAX_CLIENTS = 10_000;

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly limit: RateLimit, private readonly clock: () => number = Date.now) {}

  take(client: string): RateDecision {
    const now = this.clock();
    const perMs = this.limit.perMinute / 60_000;
    const bucket = this.buckets.get(client) ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    // Re-inserted on every use, so the first entries are the least recently seen clients.
    this.buckets.delete(client);
    this.buckets.set(client, bucket);
    if (this.buckets.size > MAX_CLIENTS) this.buckets.delete(this.buckets.keys().next().value!);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
  }
}

/** Token minting per client address: a page load needs one, a reload another. */
export const TOKEN_MINTING: RateLimit = { burst: 10, perMinute: 10 };
/** Posting per token: people type, they do not stream; a burst covers pasted lines and suggested actions. */
export const ACTIVITY_POSTING: RateLimit = { burst: 20, perMinute: 30 };
