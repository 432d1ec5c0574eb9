// POST /api/directline/token: what the web chat page calls first. It answers with a Direct Line token
// (and, in the embedded default, where the local Direct Line lives); never with the secret.
import type { Request, Response, Server } from 'restify';
import { anonymousUserId, DirectLineUnavailable, exchangeDirectLineSecret } from './directLineToken.js';
import { TOKEN_LIFETIME_SECONDS, type LocalConversations } from './localDirectLine/conversations.js';
import { clientAddress, RateLimiter, TOKEN_MINTING } from './localDirectLine/rateLimit.js';
import { LOCAL_DIRECT_LINE_PATH } from './localDirectLine/routes.js';
import type { WebChatMode } from './webChatMode.js';

const TOKEN_PATH = '/api/directline/token';

export interface TokenRouteOptions { mode: WebChatMode; directLineSecret?: string; localConversations?: LocalConversations; minting?: RateLimiter }

export function registerTokenRoute(server: Server, options: TokenRouteOptions): void {
  const minting = options.minting ?? new RateLimiter(TOKEN_MINTING);
  server.post(TOKEN_PATH, async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    // Per client address: each token costs memory here, and a Direct Line token costs a call to the service.
    // The Direct Line service mode is the deployed one, behind App Service's front end.
    const decision = minting.take(clientAddress(req, options.mode === 'direct-line-service'));
    if (!decision.allowed) {
      res.setHeader('Retry-After', String(decision.retryAfterSeconds));
      res.send(429, { error: 'Too many chats started from here just now. Please wait a moment and try again.' });
      return;
    }
    if (options.mode === 'direct-line-service' && options.directLineSecret) {
      try {
        res.send(200, await exchangeDirectLineSecret(options.directLineSecret));
      } catch (error) {
        if (!(error instanceof DirectLineUnavailable)) throw error;
        res.send(502, { error: error.message });
      }
      return;
    }
    if (options.mode === 'local-direct-line' && options.localConversations) {
      const issued = options.localConversations.issueToken(anonymousUserId());
      // The domain is a path: the page resolves it against the address it fetched the token from.
      res.send(200, { token: issued.token, expires_in: TOKEN_LIFETIME_SECONDS, domain: LOCAL_DIRECT_LINE_PATH, webSocket: false });
      return;
    }
    res.send(503, { error: 'Web chat is not set up on this server: it needs DIRECT_LINE_SECRET. Microsoft Teams still works.' });
  });
}
