// npm start: read the configuration, build the bot, listen. Stops gracefully on SIGTERM/SIGINT.
import { exitOnStartupError } from './bot/processStart.js';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createBotApp } from './bot/botApp.js';
import { isAnonymous, listenHost, readConfig } from './config.js';
import { projectRoot } from './knowledge/loader.js';
import { closeGracefully, createServer } from './server/createServer.js';

const version = (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string }).version;

try {
  const config = readConfig(process.env, version);
  const app = createBotApp(config);
  const server = createServer(app);
  const host = listenHost(config);
  server.listen(config.PORT, host, () => {
    const auth = isAnonymous(config) ? 'no app registration (embedded default, anonymous)' : `app ${config.MicrosoftAppId}`;
    const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
    console.log(`referral-guide ${version} listening on http://${shown}:${(server.address() as AddressInfo).port} (${host}) with ${auth}; knowledge ${app.kb.version}`);
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => { void closeGracefully(server).then(() => process.exit(0)); });
  }
} catch (error) {
  exitOnStartupError(error);
}
