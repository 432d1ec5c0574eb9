// POST /api/messages: read and check the activity, check the caller's token at the edge (when the bot
// is registered), then run the turn through the CloudAdapter. Replies come back in the body for
// deliveryMode "expectReplies"; otherwise they are posted to the channel during the turn.
// Errors are answered here in our words: the adapter's own handling would answer a bad token with its
// message and print a stack on the console.
import type { Activity } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type { Request, Response } from 'restify';
import type { BotApp } from '../bot/botApp.js';
import { isAnonymous } from '../config.js';
import { readActivity } from './activityRequest.js';
import { checkChannelToken, type IssuerKeys } from './auth/channelToken.js';
import { serviceUrlPolicy } from './serviceUrls.js';
import { BadRequest } from './web/httpBody.js';

const UNAUTHORIZED = { error: 'Unauthorized.' };

/** As the adapter expects it: timestamps as dates, the strings kept beside them. */
function asReceived(body: Record<string, unknown>): Activity {
  const activity = body as unknown as Activity & { rawTimestamp?: string; rawLocalTimestamp?: string };
  if (typeof body.timestamp === 'string') { activity.rawTimestamp = body.timestamp; activity.timestamp = new Date(body.timestamp); }
  if (typeof body.localTimestamp === 'string') { activity.rawLocalTimestamp = body.localTimestamp; activity.localTimestamp = new Date(body.localTimestamp); }
  return activity;
}

export function botMessagesHandler(app: BotApp, keys: IssuerKeys) {
  const anonymous = isAnonymous(app.config);
  const serviceUrlAllowed = serviceUrlPolicy(anonymous);
  const reject = (res: Response, reason: string, status = 401) => {
    app.log({ level: status === 503 ? 'error' : 'warn', event: 'auth-rejected', reason, status });
    if (status === 503) res.setHeader('Retry-After', '60');
    res.send(status, status === 503 ? { error: 'The bot cannot check tokens just now.' } : UNAUTHORIZED);
  };

  return async (req: Request, res: Response): Promise<void> => {
    let body: Record<string, unknown>;
    try {
      body = await readActivity(req, serviceUrlAllowed);
    } catch (error) {
      if (!(error instanceof BadRequest)) throw error;
      app.log({ level: 'warn', event: 'activity-rejected', status: error.status });
      res.send(error.status, { error: error.message });
      return;
    }
    const authorization = req.headers.authorization ?? '';
    if (!anonymous) {
      const check = await checkChannelToken(authorization, app.config.MicrosoftAppId!, keys);
      if (!check.ok) return reject(res, check.reason, check.reason === 'keys-unavailable' ? 503 : 401);
    }
    let reply;
    try {
      reply = await app.adapter.runTurn(authorization, asReceived(body), context => app.bot.run(context));
    } catch (error) {
      // Claims the edge does not check (endorsements, the serviceUrl claim) are the adapter's to refuse.
      if (error instanceof AuthenticationError || /^(?:JsonWebTokenError|TokenExpiredError|NotBeforeError)$/.test((error as Error).name)) {
        return reject(res, 'refused-by-adapter');
      }
      throw error;
    }
    if (reply?.body === undefined) {
      res.status(reply?.status ?? 200);
      res.end();
    } else {
      res.send(reply.status ?? 200, reply.body);
    }
  };
}
