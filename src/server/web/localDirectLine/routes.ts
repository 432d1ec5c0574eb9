// The subset of Direct Line 3.0 that Web Chat uses when polling (webSocket: false): start a
// conversation, post an activity, get activities after a watermark, refresh the token. Registered only
// in the embedded default, where no Azure Bot exists to provide the real service.
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { BadRequest, bearerToken, queryParam, readJsonBody } from '../httpBody.js';
import { directLineConversation, directLineUser, LOCAL_BOT, LOCAL_CHANNEL_ID, type LocalDirectLineAdapter, type TurnHandler } from './adapter.js';
import { redactPersonalData } from '../../../understanding/personalData.js';
import { ConversationEnded, ConversationLimitReached, TOKEN_LIFETIME_SECONDS, type LocalConversations, type LocalToken } from './conversations.js';
import { ACTIVITY_POSTING, RateLimiter } from './rateLimit.js';

export const LOCAL_DIRECT_LINE_PATH = '/v3/directline';

/** What a client may post: the fields Web Chat sends; ids, sender and timestamps are the server's. */
const PostedActivity = z.object({
  type: z.enum(['message', 'event', 'typing']),
  text: z.string().max(8000).optional(),
  locale: z.string().max(20).optional(),
  textFormat: z.string().max(20).optional(),
  name: z.string().max(200).optional(),
  value: z.unknown().optional(),
  attachments: z.array(z.object({ contentType: z.string().max(200) }).loose()).max(10).optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
  localTimezone: z.string().max(60).optional(),
  from: z.object({ name: z.string().max(100).optional() }).loose().optional(),
});

const directLineError = (res: Response, status: number, code: string, message: string): void => {
  res.send(status, { error: { code, message } });
};

export function registerLocalDirectLine(server: Server, conversations: LocalConversations, adapter: LocalDirectLineAdapter, bot: TurnHandler,
  posting = new RateLimiter(ACTIVITY_POSTING)): void {
  const authorised = (req: Request, res: Response): LocalToken | undefined => {
    const holder = conversations.holder(bearerToken(req));
    if (!holder) directLineError(res, 403, 'TokenExpired', 'The token is missing, unknown or expired. Reload the page to start again.');
    return holder;
  };
  /** Starting conversations and posting run the bot: each costs the token one from its bucket. */
  const withinRate = (holder: LocalToken, res: Response): boolean => {
    const decision = posting.take(holder.userId);
    if (decision.allowed) return true;
    res.setHeader('Retry-After', String(decision.retryAfterSeconds));
    directLineError(res, 429, 'TooManyRequests', 'Too many messages at once. Please wait a moment and try again.');
    return false;
  };

  const handled = (route: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response): Promise<void> => {
    try {
      await route(req, res);
    } catch (error) {
      if (error instanceof BadRequest) return directLineError(res, error.status, 'BadArgument', error.message);
      if (error instanceof ConversationLimitReached) return directLineError(res, 409, 'Conflict', error.message);
      if (error instanceof ConversationEnded) return directLineError(res, 404, 'BadArgument', error.message);
      throw error;
    }
  };

  server.post(`${LOCAL_DIRECT_LINE_PATH}/tokens/refresh`, handled(async (req, res) => {
    const holder = authorised(req, res);
    if (holder) res.send(200, { token: conversations.refresh(holder).token, expires_in: TOKEN_LIFETIME_SECONDS });
  }));

  server.post(`${LOCAL_DIRECT_LINE_PATH}/conversations`, handled(async (req, res) => {
    const holder = authorised(req, res);
    if (!holder || !withinRate(holder, res)) return;
    const conversation = conversations.start(holder.userId);
    // As Direct Line does: the bot and the user join, so the bot can say hello before the first message.
    await adapter.processActivity({
      type: 'conversationUpdate', channelId: LOCAL_CHANNEL_ID, conversation: directLineConversation(conversation.id),
      from: directLineUser(holder.userId), recipient: LOCAL_BOT,
      membersAdded: [LOCAL_BOT, directLineUser(holder.userId)], timestamp: new Date(),
    }, bot);
    res.send(201, { conversationId: conversation.id, token: holder.token, expires_in: TOKEN_LIFETIME_SECONDS });
  }));

  server.post(`${LOCAL_DIRECT_LINE_PATH}/conversations/:conversationId/activities`, handled(async (req, res) => {
    const holder = authorised(req, res);
    if (!holder) return;
    const conversation = conversations.find(String(req.params.conversationId), holder.userId);
    if (!conversation) return directLineError(res, 404, 'BadArgument', 'Conversation not found.');
    if (!withinRate(holder, res)) return;
    const posted = PostedActivity.safeParse(await readJsonBody(req));
    if (!posted.success) throw new BadRequest('The activity is not one Direct Line accepts (type message, event or typing; text up to 8000 characters).');
    const text = posted.data.text;
    // The transcript is kept (for the page to fetch), so it holds the message with identifying details
    // removed; the bot still reads what was typed, to warn about them.
    const stored = conversations.append(conversation.id, {
      ...posted.data,
      ...(text === undefined ? {} : { text: redactPersonalData(text) }),
      channelId: LOCAL_CHANNEL_ID,
      from: directLineUser(holder.userId, posted.data.from?.name),
      recipient: LOCAL_BOT,
    });
    await adapter.processActivity(text === undefined ? stored : { ...stored, text }, bot);
    res.send(200, { id: stored.id });
  }));

  server.get(`${LOCAL_DIRECT_LINE_PATH}/conversations/:conversationId/activities`, handled(async (req, res) => {
    const holder = authorised(req, res);
    if (!holder) return;
    const conversation = conversations.find(String(req.params.conversationId), holder.userId);
    if (!conversation) return directLineError(res, 404, 'BadArgument', 'Conversation not found.');
    res.send(200, conversations.since(conversation, Number(queryParam(req, 'watermark') ?? 0)));
  }));
}
