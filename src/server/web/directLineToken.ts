// Production web chat: swap the Direct Line secret for a short-lived token on the server, so the secret
// never reaches a browser. The response carries the token and nothing else from Direct Line.
import { randomBytes } from 'node:crypto';

const DIRECT_LINE_TOKEN_URL = 'https://directline.botframework.com/v3/directline/tokens/generate';

export interface DirectLineToken { token: string; expires_in: number; conversationId?: string }

export class DirectLineUnavailable extends Error {
  constructor(readonly upstreamStatus?: number) {
    super('The chat service could not start a conversation just now. Please try again shortly.');
    this.name = 'DirectLineUnavailable';
  }
}

/** A fresh anonymous user id per token, so one visitor cannot post as another. */
export const anonymousUserId = (): string => `dl_${randomBytes(12).toString('hex')}`;

export async function exchangeDirectLineSecret(secret: string, userId: string = anonymousUserId()): Promise<DirectLineToken> {
  let response: Response;
  try {
    response = await fetch(DIRECT_LINE_TOKEN_URL, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    throw new DirectLineUnavailable();
  }
  if (!response.ok) throw new DirectLineUnavailable(response.status);
  const body = await response.json().catch(() => undefined) as Partial<DirectLineToken> | undefined;
  if (typeof body?.token !== 'string' || typeof body.expires_in !== 'number') throw new DirectLineUnavailable(response.status);
  return {
    token: body.token,
    expires_in: body.expires_in,
    ...(typeof body.conversationId === 'string' ? { conversationId: body.conversationId } : {}),
  };
}
