// One server for the load benchmark, in its own process so the load generator does not share its CPU:
// `node dist/src/cli/benchServer.js referral` (the bot as npm start runs it) or `... echo` (the floor).
// Prints the port it listens on, then serves until killed.
import '../bot/processStart.js'; // first: quiets natural's dotenv tips before natural loads
import type { AddressInfo } from 'node:net';
import { createBotApp } from '../bot/botApp.js';
import { readConfig } from '../config.js';
import { createEchoServer } from '../server/bench/echoServer.js';
import { createServer } from '../server/createServer.js';

const which = process.argv[2];
const server = which === 'echo' ? createEchoServer() : createServer(createBotApp(readConfig({ ...process.env, LOG_LEVEL: 'error' }, 'bench')));
server.listen(0, '127.0.0.1', () => {
  const port = (server.address() as AddressInfo).port;
  void settled(`http://127.0.0.1:${port}`).then(() => console.log(JSON.stringify({ port })));
});

/**
 * Ready once start-up's background work is done: the bot compresses its pages and scripts (Web Chat's
 * bundle is megabytes) once after it starts, and that must not run during the measured phase. Asking for
 * each compressed form waits for it.
 */
async function settled(url: string): Promise<void> {
  if (which === 'echo') return;
  const compressed = { 'accept-encoding': 'br' };
  const page = await fetch(`${url}/`, { headers: compressed }).then(r => r.text()).catch(() => '');
  const assets = [...new Set(page.match(/\/web\/[\w.-]+/g) ?? [])];
  await Promise.all(['/lookup', ...assets].map(path => fetch(`${url}${path}`, { headers: compressed }).then(r => r.arrayBuffer()).catch(() => undefined)));
}
// A normal exit, so a --cpu-prof profile is written when the benchmark stops this process.
process.once('SIGTERM', () => { server.close(); process.exit(0); });
