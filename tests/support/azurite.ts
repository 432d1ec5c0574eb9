// A real Azurite (the Azure Storage emulator, a devDependency) for the state tests, started on a free
// loopback port with its data in a temporary folder. Outages are made with a TCP proxy in front of it
// (tcpProxy.ts): killing Azurite itself loses what it has not yet flushed, which Azure does not do.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const AZURITE = join(root, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js');
// Azurite's published development account: not a secret.
const ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** The connection string for an Azurite blob endpoint on a loopback port. */
export const azuriteConnectionString = (port: number): string =>
  `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${ACCOUNT_KEY};BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;

export interface Azurite {
  connectionString: string;
  port: number;
  stop(): Promise<void>;
}

async function launch(location: string, port: number): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [AZURITE, '--blobHost', '127.0.0.1', '--blobPort', String(port), '--location', location,
    '--disableTelemetry', '--skipApiVersionCheck', '--loose'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`Azurite did not start:\n${output}`)); }, 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const listening = /listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (listening) { clearTimeout(timer); resolve({ child, port: Number(listening[1]) }); }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', code => { clearTimeout(timer); reject(new Error(`Azurite exited (${code}) before it listened:\n${output}`)); });
  });
}

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise(resolve => child.once('exit', () => resolve()));

export async function startAzurite(): Promise<Azurite> {
  const location = mkdtempSync(join(tmpdir(), 'azurite-'));
  const { child, port } = await launch(location, 0);
  return {
    port,
    connectionString: azuriteConnectionString(port),
    async stop() { child.kill('SIGKILL'); await exited(child); rmSync(location, { recursive: true, force: true }); },
  };
}
