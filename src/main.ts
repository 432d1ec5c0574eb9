// npm start: read the configuration, build the bot, listen. Stops gracefully on SIGTERM/SIGINT.
import { exitOnStartupError } from './bot/processStart.js';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createBotApp } from './bot/botApp.js';
import { isAnonymous, readConfig } from './config.js';
import { projectRoot } from './knowledge/loader.js';
import { closeGracefully, createServer } from './server/createServer.js';

const version = (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string }).version;

try {
  const config = readConfig(process.env, version);
  const app = createBotApp(config);
  const server = createServer(app);
  server.listen(config.PORT, () => {
    const auth = isAnonymous(config) ? 'no app registration (embedded default, anonymous)' : `app ${config.MicrosoftAppId}`;
    console.log(`referral-guide ${version} listening on http://localhost:${(server.address() as AddressInfo).port} with ${auth}; knowledge ${app.kb.version}`);
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => { void closeGracefully(server).then(() => process.exit(0)); });
  }
} catch (error) {
  exitOnStartupError(error);
}
