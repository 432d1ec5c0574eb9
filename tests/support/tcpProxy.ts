// A loopback TCP proxy in front of a store, to cut it off the way a network blip does without touching
// the store itself: "down" refuses new connections and drops open ones, "hang" accepts and never answers.
import { connect, createServer, type Server, type Socket } from 'node:net';

export type ProxyMode = 'up' | 'down' | 'hang';

export interface TcpProxy { port: number; set(mode: ProxyMode): void; close(): Promise<void> }

export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  let mode: ProxyMode = 'up';
  const open = new Set<Socket>();
  const track = (socket: Socket) => { open.add(socket); socket.on('close', () => open.delete(socket)); socket.on('error', () => socket.destroy()); };
  const server: Server = createServer(client => {
    track(client);
    if (mode === 'down') { client.destroy(); return; }
    if (mode === 'hang') return;
    const upstream = connect(targetPort, '127.0.0.1');
    track(upstream);
    client.pipe(upstream).pipe(client);
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    set(next) {
      mode = next;
      if (next !== 'up') for (const socket of open) socket.destroy();
    },
    async close() { for (const socket of open) socket.destroy(); await new Promise(resolve => server.close(resolve)); },
  };
}
