// Which Direct Line the web chat page talks to. The embedded default (no Azure configuration at all)
// gets a local Direct Line in this process; with DIRECT_LINE_SECRET the real service is used. An app
// registration without a secret is a half-configured production bot: the page says chat is unavailable
// rather than quietly serving an unauthenticated local endpoint.
export type WebChatMode = 'direct-line-service' | 'local-direct-line' | 'unavailable';

/** The two settings that decide it, named as in the environment (src/config.ts). */
export interface WebChatSettings { DIRECT_LINE_SECRET?: string; MicrosoftAppId?: string }

export function webChatMode(settings: WebChatSettings): WebChatMode {
  if (settings.DIRECT_LINE_SECRET) return 'direct-line-service';
  return settings.MicrosoftAppId ? 'unavailable' : 'local-direct-line';
}
