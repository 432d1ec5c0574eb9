// The signing keys Bot Framework tokens are checked against, from an OpenID metadata document. Fetched
// once and cached; the fetch has a deadline and a size limit; a failed fetch is remembered for a while,
// so forged tokens cannot make the bot hammer (or wait on) the metadata endpoint.
import { createPublicKey, type KeyObject } from 'node:crypto';

export interface OpenIdKeyLimits {
  fetchTimeoutMs: number;
  /** Keys are refreshed this often, as botbuilder does. */
  refreshMs: number;
  /** An unknown key id triggers a refresh at most this often (keys roll over). */
  unknownKeyRefreshMs: number;
  /** After a failed fetch, no new attempt for this long. */
  failureBackoffMs: number;
  maxBytes: number;
}

export const DEFAULT_KEY_LIMITS: OpenIdKeyLimits = {
  fetchTimeoutMs: 5000, refreshMs: 24 * 60 * 60 * 1000, unknownKeyRefreshMs: 60 * 60 * 1000, failureBackoffMs: 5 * 60 * 1000, maxBytes: 512 * 1024,
};

export interface SigningKey { kid: string; key: KeyObject; pem: string; endorsements?: string[] }

export class KeysUnavailable extends Error {
  constructor() { super('The signing keys could not be fetched.'); this.name = 'KeysUnavailable'; }
}

interface Jwk { kid?: unknown; kty?: unknown; n?: unknown; e?: unknown; endorsements?: unknown }

async function boundedJson(url: string, limits: OpenIdKeyLimits, signal: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { signal, redirect: 'error' });
  if (!response.ok) throw new KeysUnavailable();
  const body = await response.text();
  if (body.length > limits.maxBytes) throw new KeysUnavailable();
  return JSON.parse(body) as unknown;
}

export class OpenIdKeys {
  private keys = new Map<string, SigningKey>();
  private fetchedAt = -Infinity;
  private failedAt = -Infinity;
  private inFlight?: Promise<void>;
  /** How many times the metadata was fetched (for the log and the tests). */
  fetches = 0;

  constructor(readonly metadataUrl: string, private readonly limits: OpenIdKeyLimits = DEFAULT_KEY_LIMITS, private readonly clock: () => number = Date.now) {}

  /** The key with this id; fetches only when the cache is stale or (rarely) the id is new. Throws KeysUnavailable. */
  async key(kid: string): Promise<SigningKey | undefined> {
    const now = this.clock();
    const stale = now - this.fetchedAt > this.limits.refreshMs;
    const unknownMayRefresh = !this.keys.has(kid) && now - this.fetchedAt > this.limits.unknownKeyRefreshMs;
    if (stale || unknownMayRefresh) {
      try {
        await this.refresh();
      } catch (error) {
        // Stale keys still check tokens better than none; with none at all the caller cannot decide.
        if (!this.keys.size) throw error;
      }
    }
    return this.keys.get(kid);
  }

  private refresh(): Promise<void> {
    if (this.clock() - this.failedAt < this.limits.failureBackoffMs) return Promise.reject(new KeysUnavailable());
    this.inFlight ??= this.load().then(
      () => { this.fetchedAt = this.clock(); },
      () => { this.failedAt = this.clock(); throw new KeysUnavailable(); },
    ).finally(() => { this.inFlight = undefined; });
    return this.inFlight;
  }

  private async load(): Promise<void> {
    this.fetches++;
    const signal = AbortSignal.timeout(this.limits.fetchTimeoutMs);
    const metadata = await boundedJson(this.metadataUrl, this.limits, signal) as { jwks_uri?: unknown };
    if (typeof metadata.jwks_uri !== 'string' || !metadata.jwks_uri.startsWith('https://')) throw new KeysUnavailable();
    const { keys } = await boundedJson(metadata.jwks_uri, this.limits, signal) as { keys?: Jwk[] };
    const loaded = new Map<string, SigningKey>();
    for (const jwk of Array.isArray(keys) ? keys : []) {
      if (typeof jwk.kid !== 'string' || jwk.kty !== 'RSA' || typeof jwk.n !== 'string' || typeof jwk.e !== 'string') continue;
      const key = createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' });
      const endorsements = Array.isArray(jwk.endorsements) ? jwk.endorsements.filter((e): e is string => typeof e === 'string') : undefined;
      loaded.set(jwk.kid, { kid: jwk.kid, key, pem: key.export({ type: 'spki', format: 'pem' }).toString(), endorsements });
    }
    this.keys = loaded;
  }
}
