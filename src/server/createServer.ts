// The HTTP edge: restify with /api/messages through the Bot Framework CloudAdapter (replies posted to
// the channel, or returned in the body for deliveryMode "expectReplies"), /healthz, and the web pages.
import restify, { type Request, type Response, type Server } from 'restify';
import type { BotApp } from '../bot/botApp.js';
import { channelIssuerKeys } from './auth/issuerKeys.js';
import { botMessagesHandler } from './botRequests.js';
import { registerWebRoutes } from './web/routes.js';
import { applyResponseHeaders } from './responseHeaders.js';

export interface ServerOptions { keys?: ReturnType<typeof channelIssuerKeys> }

export function createServer(app: BotApp, options: ServerOptions = {}): Server {
  const server = restify.createServer({ name: 'referral-guide', handleUncaughtExceptions: false });
  applyResponseHeaders(server, app.config.FRAME_ANCESTORS);

  server.post('/api/messages', botMessagesHandler(app, options.keys ?? channelIssuerKeys()));

  // 503 while the state store does not answer, so the load balancer sends users to an instance that can keep their case.
  server.get('/healthz', async (_req: Request, res: Response) => {
    const store = await app.storeHealth();
    res.setHeader('Cache-Control', 'no-store');
    res.send(store.reachable ? 200 : 503, {
      status: store.reachable ? 'ok' : 'state-store-unreachable', version: app.config.version, knowledge: app.kb.version, state: store,
    });
  });

  registerWebRoutes(server, { bot: app.bot, kb: app.kb, adapter: app.adapter, config: app.config });

  // An error in a handler must never take the process down or leak a stack to the caller.
  server.on('restifyError', (_req: Request, res: Response, error: Error & { statusCode?: number }, callback: () => void) => {
    if (!error.statusCode || error.statusCode >= 500) {
      app.log({ level: 'error', event: 'http-error', error: error.name });
      // Our words, not the error's: its message may name internals.
      if (!res.headersSent) { res.send(500, { error: 'Something went wrong on the server.' }); return; }
    }
    callback();
  });
  return server;
}

/** Stops taking new connections, lets in-flight requests finish, then resolves. */
export function closeGracefully(server: Server, timeoutMs = 10_000): Promise<void> {
  return new Promise(resolve => {
    const timer = setTimeout(resolve, timeoutMs);
    timer.unref();
    server.close(() => { clearTimeout(timer); resolve(); });
  });
}
