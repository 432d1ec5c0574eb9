// Bad input to /api/messages gets a clear 4xx before it reaches the adapter: malformed JSON, the
// wrong content type or an activity without the fields a reply needs is 400, a body over 256 KB is
// 413, a serviceUrl the bot must not post to is 403. A 5xx would tell the channel to retry what can
// never succeed.
import type { Request } from 'restify';
import { z } from 'zod';
import type { ServiceUrlPolicy } from './serviceUrls.js';
import { BadRequest, readJsonBody } from './web/httpBody.js';

export const MAX_ACTIVITY_BYTES = 256 * 1024;

const Account = z.object({ id: z.string().min(1) });

// What every turn needs: the adapter keys state by channel and conversation and posts replies to the
// serviceUrl. Fields the dialogs read are checked for type so a malformed one is the caller's 400,
// not a turn error.
const IncomingActivity = z.object({
  type: z.string().min(1),
  channelId: z.string().min(1),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  conversation: Account,
  from: Account.optional(),
  text: z.string().optional(),
}).passthrough().refine(activity => activity.type !== 'message' || activity.from, { path: ['from'], message: 'a message needs a sender' });

export async function readActivity(req: Request, serviceUrlAllowed: ServiceUrlPolicy): Promise<Record<string, unknown>> {
  const type = String(req.headers['content-type'] ?? '');
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) throw new BadRequest('Send the activity as application/json.');
  const declared = Number(req.headers['content-length']);
  if (declared > MAX_ACTIVITY_BYTES) throw new BadRequest('The request body is too large.', 413);
  const body = await readJsonBody(req, MAX_ACTIVITY_BYTES);
  const activity = IncomingActivity.safeParse(body);
  if (!activity.success) {
    const fields = [...new Set(activity.error.issues.map(i => i.path.join('.') || 'body'))].join(', ');
    throw new BadRequest(`The activity is missing or has invalid fields: ${fields}.`);
  }
  if (!serviceUrlAllowed(activity.data.serviceUrl)) throw new BadRequest('This bot does not reply to that serviceUrl.', 403);
  return activity.data;
}
