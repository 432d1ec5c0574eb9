// The floor the load benchmark measures the bot against: a bare botbuilder echo bot (ActivityHandler,
// CloudAdapter, memory state) on the same restify server, so the difference is what our bot does.
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage } from 'botbuilder';
import restify, { type Server } from 'restify';

class EchoBot extends ActivityHandler {
  constructor(private readonly state: ConversationState) {
    super();
    const turns = state.createProperty<number>('turns');
    this.onMessage(async (context, next) => {
      const count = (await turns.get(context, 0)) + 1;
      await turns.set(context, count);
      await context.sendActivity(`You said "${context.activity.text}". That is message ${count} in this conversation.`);
      await next();
    });
  }

  override async run(context: Parameters<ActivityHandler['run']>[0]): Promise<void> {
    await super.run(context);
    await this.state.saveChanges(context);
  }
}

export function createEchoServer(): Server {
  const server = restify.createServer({ name: 'echo', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser());
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new EchoBot(new ConversationState(new MemoryStorage()));
  server.post('/api/messages', async (req, res) => { await adapter.process(req, res, context => bot.run(context)); });
  return server;
}
