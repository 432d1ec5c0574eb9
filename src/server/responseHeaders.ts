// Headers every response carries, whichever route (or restify's own 404/405) answers: no MIME sniffing,
// a cache policy (nothing cached unless a route says otherwise), framing only by the bot's own pages and
// the partnership sites, and HSTS once the request came over HTTPS. HEAD is answered as GET without the
// body, so uptime monitors that probe with HEAD see what a browser would.
import type { Request, Response, Server } from 'restify';

/** `frame-ancestors` and its old-browser counterpart for the configured partnership origins. */
export function framingPolicy(partnerOrigins: readonly string[]): { frameAncestors: string; xFrameOptions: string } {
  // X-Frame-Options cannot list origins (ALLOW-FROM is gone from every browser), so old browsers get
  // SAMEORIGIN: they cannot embed the chat on a partner site, which fails safe. Browsers that know
  // frame-ancestors ignore X-Frame-Options when both are present.
  return { frameAncestors: ["frame-ancestors 'self'", ...partnerOrigins].join(' '), xFrameOptions: 'SAMEORIGIN' };
}

export const HSTS = 'max-age=31536000';

/**
 * Behind Azure App Service (or any TLS-terminating proxy) the request arrives over HTTP with
 * X-Forwarded-Proto: https. A client faking the header over plain HTTP gains nothing: browsers ignore
 * Strict-Transport-Security on an insecure response.
 */
function cameOverHttps(req: Request): boolean {
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https' || (req.socket as { encrypted?: boolean } | undefined)?.encrypted === true;
}

export function applyResponseHeaders(server: Server, partnerOrigins: readonly string[]): void {
  const framing = framingPolicy(partnerOrigins);
  server.pre((req: Request, res: Response, next: () => void) => {
    // Node's response already knows the request was HEAD and will send headers only; routing it as GET
    // gives the same status, type and length a GET would.
    if (req.method === 'HEAD') req.method = 'GET';
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Security-Policy', framing.frameAncestors);
    res.setHeader('X-Frame-Options', framing.xFrameOptions);
    if (cameOverHttps(req)) res.setHeader('Strict-Transport-Security', HSTS);
    next();
  });
}
