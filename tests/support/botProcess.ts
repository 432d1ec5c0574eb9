// The bot as `npm start` runs it (built dist/src/main.js) in a child process on a free loopback port,
// for tests that need a real process: two instances sharing one store, a kill -9 and a restart.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { visibleReply } from './conversation.js';

const root = join(import.meta.dirname, '..', '..');
let built = false;

/** Compiles once per test file; each file runs in its own worker. */
export function buildBot(): void {
  if (built) return;
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', root], { stdio: 'inherit' });
  built = true;
}

export const freePort = (): Promise<number> => new Promise((resolve, reject) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const address = probe.address();
    probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
  });
});

export interface BotProcess { url: string; output(): string; kill(): Promise<void>; stop(): Promise<void> }

const UNSET = ['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppType', 'MicrosoftAppTenantId', 'DIRECT_LINE_SECRET', 'HOST'];

/** Resolves once the process says it is listening (not on /healthz: that is 503 while the store is down). */
export async function startBotProcess(env: Record<string, string>, port?: number): Promise<BotProcess> {
  buildBot();
  const listenOn = port ?? await freePort();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: String(listenOn), LOG_LEVEL: 'warn', ...env };
  for (const name of UNSET) if (!(name in env)) delete childEnv[name];
  const child: ChildProcess = spawn(process.execPath, [join(root, 'dist', 'src', 'main.js')], { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>(resolve => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The bot did not start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => { output += chunk; if (/listening on/.test(output)) { clearTimeout(timer); resolve(); } };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', chunk => { output += chunk; });
    void exited.then(() => { clearTimeout(timer); reject(new Error(`The bot exited before it listened:\n${output}`)); });
  });
  const end = async (signal: NodeJS.Signals) => { if (child.exitCode === null && child.signalCode === null) { child.kill(signal); await exited; } };
  return { url: `http://127.0.0.1:${listenOn}`, output: () => output, kill: () => end('SIGKILL'), stop: () => end('SIGTERM') };
}

/** One message with deliveryMode expectReplies: the replies come back in the response body. */
export async function say(url: string, conversationId: string, text: string): Promise<{ status: number; texts: string[] }> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message', id: `m-${Math.random().toString(36).slice(2)}`, text, channelId: 'emulator', serviceUrl: 'http://127.0.0.1:9/',
      conversation: { id: conversationId }, from: { id: 'user-1' }, recipient: { id: 'bot' },
      timestamp: new Date().toISOString(), locale: 'en-GB', deliveryMode: 'expectReplies',
    }),
  });
  const body = await response.json().catch(() => ({})) as { activities?: { text?: string }[] };
  // What a person sees: a card's words as well as any text.
  return { status: response.status, texts: (body.activities ?? []).map(visibleReply) };
}
