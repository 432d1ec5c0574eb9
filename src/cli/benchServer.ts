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
server.listen(0, '127.0.0.1', () => { console.log(JSON.stringify({ port: (server.address() as AddressInfo).port })); });
// A normal exit, so a --cpu-prof profile is written when the benchmark stops this process.
process.once('SIGTERM', () => { server.close(); process.exit(0); });
