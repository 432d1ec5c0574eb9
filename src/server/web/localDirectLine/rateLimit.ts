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

/** Token minting per client address: a page load needs one, a reload another; an office behind one address opens several. */
export const TOKEN_MINTING: RateLimit = { burst: 30, perMinute: 30 };
/** Posting per token: people type, they do not stream; a burst covers pasted lines and suggested actions. */
export const ACTIVITY_POSTING: RateLimit = { burst: 20, perMinute: 30 };

/**
 * Who is asking, for a per-client limit. Behind Azure App Service's front end every request comes from
 * the front end, which appends the caller's address to X-Forwarded-For: the last entry is the one it
 * added (earlier ones are whatever the caller sent, so not to be trusted). Without a proxy in front
 * (the embedded default on this machine) the socket's address is the caller's.
 */
export function clientAddress(req: { headers: Record<string, string | string[] | undefined>; socket: { remoteAddress?: string } }, behindProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded ?? '').split(',').map(entry => entry.trim()).filter(Boolean).at(-1);
  // App Service writes "address:port"; an IPv6 address has colons of its own and comes bracketed with a port.
  const address = last?.replace(/^\[([^\]]+)\](?::\d+)?$/, '$1').replace(/^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/, '$1');
  return (behindProxy && address) || req.socket.remoteAddress || 'unknown';
}
