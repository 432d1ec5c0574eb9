// Everything the bot serves besides /api/messages: the web chat page and its token, the local Direct
// Line (embedded default only), the helpline lookup page and API, the privacy notice and terms.
import type { BotAdapter } from 'botbuilder';
import type { Server } from 'restify';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase.js';
import { LocalDirectLineAdapter, type TurnHandler } from './localDirectLine/adapter.js';
import { LocalConversations } from './localDirectLine/conversations.js';
import { registerLocalDirectLine } from './localDirectLine/routes.js';
import { registerLookupRoute } from './lookupRoute.js';
import { registerStaticPages } from './staticPages.js';
import { registerTokenRoute } from './tokenRoute.js';
import { webChatMode, type WebChatMode, type WebChatSettings } from './webChatMode.js';

/** What these routes need from the composition root. */
export interface WebChannelApp {
  bot: TurnHandler;
  kb: KnowledgeBase;
  config: WebChatSettings & { FRAME_ANCESTORS?: readonly string[] };
  /** The /api/messages adapter: its turn-error handler serves local Direct Line turns too. */
  adapter?: Pick<BotAdapter, 'onTurnError'>;
}

export function registerWebRoutes(server: Server, app: WebChannelApp): WebChatMode {
  const mode = webChatMode(app.config);
  let localConversations: LocalConversations | undefined;
  if (mode === 'local-direct-line') {
    localConversations = new LocalConversations();
    const adapter = new LocalDirectLineAdapter(localConversations);
    if (app.adapter?.onTurnError) adapter.onTurnError = app.adapter.onTurnError;
    registerLocalDirectLine(server, localConversations, adapter, app.bot);
  }
  registerTokenRoute(server, { mode, directLineSecret: app.config.DIRECT_LINE_SECRET, localConversations });
  registerLookupRoute(server, app.kb);
  registerStaticPages(server, app.config.FRAME_ANCESTORS);
  return mode;
}
