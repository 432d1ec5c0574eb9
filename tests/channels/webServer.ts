// A real listening server (port 0) with only the web routes, for channel tests.
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { registerWebRoutes, type WebChannelApp } from '../../src/server/web/routes.js';

export interface RunningServer { url: string; close(): Promise<void> }

export async function startWebServer(app: WebChannelApp): Promise<RunningServer> {
  const server = restify.createServer({ handleUncaughtExceptions: false });
  registerWebRoutes(server, app);
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>(resolve => server.close(() => resolve())) };
}
