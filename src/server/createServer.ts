// The HTTP edge: restify with /api/messages through the Bot Framework CloudAdapter (replies posted to
// the channel, or returned in the body for deliveryMode "expectReplies"), /healthz, and the web pages.
import restify, { type Request, type Response, type Server } from 'restify';
import type { BotApp } from '../bot/botApp.js';
import { BadRequest } from './web/httpBody.js';
import { registerWebRoutes } from './web/routes.js';
import { readActivity } from './activityRequest.js';
import { applyResponseHeaders } from './responseHeaders.js';

export function createServer(app: BotApp): Server {
  const server = restify.createServer({ name: 'referral-guide', handleUncaughtExceptions: false });
  applyResponseHeaders(server, app.config.FRAME_ANCESTORS);

  server.post('/api/messages', async (req: Request, res: Response) => {
    try {
      (req as { body?: unknown }).body = await readActivity(req);
    } catch (error) {
      if (!(error instanceof BadRequest)) throw error;
      app.log({ level: 'warn', event: 'activity-rejected', status: error.status });
      res.send(error.status, { error: error.message });
      return;
    }
    await app.adapter.process(req, res, context => app.bot.run(context));
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok', version: app.config.version, knowledge: app.kb.version });
  });

  registerWebRoutes(server, { bot: app.bot, kb: app.kb, adapter: app.adapter, config: app.config });

  // An error in a handler must never take the process down or leak a stack to the caller.
  server.on('restifyError', (_req: Request, _res: Response, error: Error & { statusCode?: number }, callback: () => void) => {
    if (!error.statusCode || error.statusCode >= 500) app.log({ level: 'error', event: 'http-error', error: error.name });
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
