// Starts the bot as `npm start` does (built dist/src/main.js, the embedded default: no app registration,
// local Direct Line) on a free port, or uses E2E_BASE_URL when it points at a server already running
// (a deployed one, say).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

export interface RunningBot { url: string; stop(): Promise<void> }

export const freePort = (): Promise<number> => new Promise((resolve, reject) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const address = probe.address();
    probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
  });
});

async function waitUntilReady(url: string, bot: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (bot.exitCode !== null) throw new Error(`The bot exited (${bot.exitCode}) before it was ready:\n${output()}`);
    if (await fetch(`${url}/healthz`).then(r => r.ok, () => false)) return;
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  throw new Error(`The bot was not ready at ${url}/healthz within 90 s:\n${output()}`);
}

/** Builds and starts the bot with these settings added to an environment cleared of Azure settings. */
export async function startBot(settings: Record<string, string> = {}): Promise<RunningBot> {
  if (process.env.E2E_BASE_URL) return { url: process.env.E2E_BASE_URL.replace(/\/$/, ''), stop: async () => {} };
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', root], { stdio: 'inherit' });
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), ...settings };
  for (const name of ['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppType', 'MicrosoftAppTenantId', 'DIRECT_LINE_SECRET']) delete env[name];
  const bot = spawn(process.execPath, [join(root, 'dist', 'src', 'main.js')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  bot.stdout?.on('data', chunk => { output += chunk; });
  bot.stderr?.on('data', chunk => { output += chunk; });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (bot.exitCode !== null) return;
    const exited = new Promise(resolve => bot.once('exit', resolve));
    bot.kill('SIGTERM');
    await exited;
  };
  try {
    await waitUntilReady(url, bot, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
