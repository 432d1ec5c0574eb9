// A real listening server (port 0) with only the web routes and the headers every response carries,
// for channel tests.
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { applyResponseHeaders } from '../../src/server/responseHeaders.js';
import { registerWebRoutes, type WebChannelApp } from '../../src/server/web/routes.js';

export interface RunningServer { url: string; close(): Promise<void> }

export async function startWebServer(app: WebChannelApp): Promise<RunningServer> {
  const server = restify.createServer({ handleUncaughtExceptions: false });
  applyResponseHeaders(server, app.config.FRAME_ANCESTORS ?? []);
  registerWebRoutes(server, app);
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>(resolve => server.close(() => resolve())) };
}
