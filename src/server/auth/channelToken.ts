// The edge's check of a Bot Framework token, before the adapter sees the request. A forged, expired or
// wrong-audience token is answered 401 here with nothing but "Unauthorized" and one log line naming
// the reason; the adapter (which validates again, and would answer such a token with a 500, its own
// words and a stack trace on the console) only ever sees tokens that passed.
import { verify } from 'node:crypto';
import { KeysUnavailable, type OpenIdKeys } from './openIdKeys.js';

export type Rejection =
  | 'missing-token' | 'malformed-token' | 'unsupported-algorithm' | 'expired' | 'not-yet-valid'
  | 'wrong-audience' | 'unknown-issuer' | 'unknown-key' | 'bad-signature' | 'keys-unavailable';

export type TokenCheck = { ok: true } | { ok: false; reason: Rejection };

/** Channels (Teams, Web Chat, Direct Line) sign with the Bot Framework's keys; the Emulator and tenants with Entra ID's. */
export interface IssuerKeys { channel: OpenIdKeys; entraId: OpenIdKeys }

const CHANNEL_ISSUER = 'https://api.botframework.com';
const ENTRA_ISSUER = /^https:\/\/(?:sts\.windows\.net\/[\w-]+\/|login\.microsoftonline\.com\/[\w-]+\/v2\.0)$/;
const CLOCK_SKEW_SECONDS = 300;

const decodePart = (part: string): Record<string, unknown> | undefined => {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : undefined;
  } catch {
    return undefined;
  }
};

export async function checkChannelToken(authorization: string | undefined, appId: string, keys: IssuerKeys, now: number = Date.now()): Promise<TokenCheck> {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) return { ok: false, reason: 'missing-token' };
  const parts = token.split('.');
  const header = parts.length === 3 ? decodePart(parts[0]!) : undefined;
  const claims = parts.length === 3 ? decodePart(parts[1]!) : undefined;
  if (!header || !claims || !parts[2]) return { ok: false, reason: 'malformed-token' };
  if (header.alg !== 'RS256' || typeof header.kid !== 'string') return { ok: false, reason: 'unsupported-algorithm' };

  const seconds = now / 1000;
  if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < seconds) return { ok: false, reason: 'expired' };
  if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > seconds) return { ok: false, reason: 'not-yet-valid' };
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(appId)) return { ok: false, reason: 'wrong-audience' };

  const issuerKeys = claims.iss === CHANNEL_ISSUER ? keys.channel : typeof claims.iss === 'string' && ENTRA_ISSUER.test(claims.iss) ? keys.entraId : undefined;
  if (!issuerKeys) return { ok: false, reason: 'unknown-issuer' };
  let key;
  try {
    key = await issuerKeys.key(header.kid);
  } catch (error) {
    if (error instanceof KeysUnavailable) return { ok: false, reason: 'keys-unavailable' };
    throw error;
  }
  if (!key) return { ok: false, reason: 'unknown-key' };
  const signed = Buffer.from(`${parts[0]}.${parts[1]}`);
  const valid = verify('RSA-SHA256', signed, key.key, Buffer.from(parts[2]!, 'base64url'));
  return valid ? { ok: true } : { ok: false, reason: 'bad-signature' };
}
