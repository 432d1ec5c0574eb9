// The composition root: one place builds the knowledge base, the understander, state, dialogs, the bot
// and its adapter, so the HTTP server, the terminal chat, the local Direct Line and the tests all run
// the very same bot.
import { ConfigurationBotFrameworkAuthentication, type ConversationState, type Storage, type TurnContext } from 'botbuilder';
import { MainDialog } from '../../dialogs/mainDialog.js';
import { ConfigError, type Config } from '../config.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { loadKnowledgeBase } from '../knowledge/loader.js';
import { createUnderstander } from '../understanding/understander.js';
import type { Understander } from '../understanding/understanding.js';
import { ReferralBot } from './referralBot.js';
import { ReusedClientsAuthentication } from './reusedClients.js';
import { BlobStateStorage } from './state/blobStorage.js';
import { BoundedMemoryStorage } from './state/boundedMemoryStorage.js';
import { ConcurrentConversationState } from './state/concurrentConversationState.js';
import { reportsHealth, type StoreHealth } from './state/storeErrors.js';
import { jsonLog, type Log } from './structuredLog.js';
import { TurnAdapter } from './turnAdapter.js';
import { turnErrorHandler, turnErrorMessage } from './turnErrors.js';

export interface BotApp {
  config: Config;
  kb: KnowledgeBase;
  bot: ReferralBot;
  adapter: TurnAdapter;
  conversationState: ConversationState;
  log: Log;
  /** Whether the state store answers now (for /healthz). */
  storeHealth(): Promise<StoreHealth>;
}

export interface BotAppOverrides {
  kb?: KnowledgeBase; understander?: Understander; storage?: Storage; log?: Log;
  /** false: every turn through botbuilder-dialogs, for tests that compare the direct turn path with it. */
  directTurns?: boolean;
}

/** The turn's "now" is the activity's timestamp, so out-of-hours routing follows the user's clock. */
export function activityTime(context: TurnContext): Date {
  const stamp = context.activity.timestamp;
  const time = stamp ? new Date(stamp) : new Date(NaN);
  return Number.isNaN(time.getTime()) ? new Date() : time;
}

function storageFor(config: Config): Storage {
  if (!config.AZURE_STORAGE_CONNECTION_STRING) return new BoundedMemoryStorage();
  try {
    return new BlobStateStorage(config.AZURE_STORAGE_CONNECTION_STRING, config.AZURE_STORAGE_CONTAINER);
  } catch {
    // The Azure SDK parses the connection string here; its own error ("Invalid URL") names nothing.
    throw new ConfigError('AZURE_STORAGE_CONNECTION_STRING', 'is not a valid Azure Storage connection string');
  }
}

export function createBotApp(config: Config, overrides: BotAppOverrides = {}): BotApp {
  const kb = overrides.kb ?? loadKnowledgeBase(config.KNOWLEDGE_DIR);
  const understander = overrides.understander ?? createUnderstander(kb);
  const log = overrides.log ?? jsonLog(config.LOG_LEVEL);
  const storage = overrides.storage ?? storageFor(config);
  const conversationState = new ConcurrentConversationState(storage);
  const storeHealth = async (): Promise<StoreHealth> => (reportsHealth(storage) ? storage.health() : { store: 'memory', reachable: true });
  const dialog = new MainDialog({ kb, understander, memory: conversationState.createProperty('caseMemory'), clock: activityTime }, { directTurns: overrides.directTurns });
  const bot = new ReferralBot(conversationState, dialog, log);
  const adapter = new TurnAdapter(new ReusedClientsAuthentication(new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType ?? (config.MicrosoftAppId ? 'MultiTenant' : undefined),
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  })));
  adapter.onTurnError = turnErrorHandler(conversationState, log, turnErrorMessage(kb));
  return { config, kb, bot, adapter, conversationState, log, storeHealth };
}
