// npm start: read the configuration, build the bot, listen. A bad setting or a broken knowledge edit
// stops start-up with a clear message instead of a stack trace.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBotApp } from './bot/botApp.js';
import { ConfigError, isAnonymous, readConfig } from './config.js';
import { KnowledgeError, projectRoot } from './knowledge/loader.js';
import { closeGracefully, createServer } from './server/createServer.js';

const version = (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string }).version;

try {
  const config = readConfig(process.env, version);
  const app = createBotApp(config);
  const server = createServer(app);
  server.listen(config.PORT, () => {
    const auth = isAnonymous(config) ? 'no app registration (embedded default, anonymous)' : `app ${config.MicrosoftAppId}`;
    console.log(`referral-guide ${version} listening on ${server.url} with ${auth}; knowledge ${app.kb.version}`);
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => { void closeGracefully(server).then(() => process.exit(0)); });
  }
} catch (error) {
  if (error instanceof ConfigError || error instanceof KnowledgeError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
