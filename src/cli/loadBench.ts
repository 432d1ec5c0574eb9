// The load half of `npm run bench`: realistic multi-turn conversations, 20 and then 100 at once,
// against the bot and against a bare botbuilder echo bot on the same restify stack, back to back, each
// server in its own process. Prints turns/s, p50/p95/p99 and the bot's share of the echo floor.
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** What people actually send: a question, the facts it was missing, a follow-up. */
const CONVERSATIONS: readonly string[][] = [
  ['speech and language worries for my son', 'Mansfield', 'he is 4', 'why?'],
  ['mash number notts', 'out of hours?'],
  ['where do I refer a 7-year-old with suspected ADHD in Rushcliffe?', 'no diagnosis', 'yes, the family consents'],
  ['Year 10 girl in Bramcote has been low and withdrawn for months, how do I get her into CAMHS?', 'what if she lived in Derby?'],
  ['edt number derby'],
  ['hi', 'my daughter is being bullied at school in Nottingham City', 'she is 12', 'thanks'],
  ['a child has told me they are being hurt at home in Arnold'],
  ['is there a parenting course in Derby for a 9 year old with behaviour problems?', 'start over'],
];

export interface LoadResult {
  server: string; concurrency: number; turns: number; seconds: number; turnsPerSecond: number; p50: number; p95: number; p99: number; errors: number;
  /** The server process's CPU time per measured turn, where the system says (Linux's /proc). */
  cpuMsPerTurn?: number;
}

/**
 * A process's CPU time so far (user and system), from /proc/<pid>/stat in clock ticks of 10 ms. On a
 * shared machine throughput swings with the other work on it; the CPU a turn costs does much less.
 */
function cpuMsOf(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

function startServer(which: 'referral' | 'echo', extraArgs: string[]): Promise<{ url: string; child: ChildProcess }> {
  const script = join(import.meta.dirname, 'benchServer.js');
  const child = spawn(process.execPath, [...extraArgs, script, which], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, LOG_LEVEL: 'error' } });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', chunk => {
      output += chunk;
      const port = /"port":(\d+)/.exec(output)?.[1];
      if (port) resolve({ url: `http://127.0.0.1:${port}`, child });
    });
    child.once('exit', code => reject(new Error(`${which} server exited (${code})`)));
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise(resolve => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/**
 * One HTTP exchange over a kept-alive connection. node:http rather than fetch: the load generator shares
 * the machine with the server it measures, and fetch (undici) spent several times the CPU per request,
 * which the server under test lost. Resolves whether the reply was a 200 carrying an activities array.
 */
function post(agent: Agent, url: URL, body: string): Promise<boolean> {
  return new Promise(resolve => {
    const req = request({ agent, host: url.hostname, port: url.port, path: '/api/messages', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, res => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        if (res.statusCode !== 200) return resolve(false);
        try { resolve(Array.isArray((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { activities?: unknown }).activities)); } catch { resolve(false); }
      });
      res.on('error', () => resolve(false));
    });
    req.on('error', () => resolve(false));
    req.end(body);
  });
}

interface Phase { agent: Agent; url: URL; until: number; turnsLeft: number }

/** One person: conversation after conversation until the phase ends; each turn waits for its replies. */
async function visitor(phase: Phase, id: number, record: (ms: number, ok: boolean) => void): Promise<void> {
  for (let round = 0; ; round++) {
    const turns = CONVERSATIONS[(id + round) % CONVERSATIONS.length]!;
    const conversation = `bench-${id}-${round}-${Math.random().toString(36).slice(2, 8)}`;
    for (const [n, text] of turns.entries()) {
      if (performance.now() >= phase.until || phase.turnsLeft-- <= 0) return;
      const start = performance.now();
      const ok = await post(phase.agent, phase.url, JSON.stringify({
        type: 'message', id: `${conversation}-${n}`, text, channelId: 'webchat', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies',
        conversation: { id: conversation }, from: { id: `user-${id}` }, recipient: { id: 'bot' }, timestamp: '2026-12-02T10:00:00Z', locale: 'en-GB',
      }));
      record(performance.now() - start, ok);
    }
  }
}

async function phase(url: string, server: string, concurrency: number, seconds: number, warmupTurns: number, pid?: number): Promise<LoadResult> {
  // One connection per visitor, kept alive, as a channel's connector holds them.
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  try {
    // Warmed by a number of turns, not seconds: both servers reach the same point of JIT compilation
    // however fast they are (a slow server warmed for two seconds was measured half-compiled).
    const warm: Phase = { agent, url: new URL(url), until: Infinity, turnsLeft: warmupTurns };
    await Promise.all(Array.from({ length: concurrency }, (_, i) => visitor(warm, i, () => {})));
    const samples: number[] = [];
    let errors = 0;
    const cpuBefore = cpuMsOf(pid);
    const start = performance.now();
    const measured: Phase = { agent, url: new URL(url), until: start + seconds * 1000, turnsLeft: Infinity };
    await Promise.all(Array.from({ length: concurrency }, (_, i) => visitor(measured, 1000 + i, (ms, ok) => { samples.push(ms); if (!ok) errors++; })));
    const elapsed = (performance.now() - start) / 1000;
    const cpuAfter = cpuMsOf(pid);
    samples.sort((a, b) => a - b);
    return {
      server, concurrency, turns: samples.length, seconds: elapsed, turnsPerSecond: samples.length / elapsed, p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), p99: percentile(samples, 0.99), errors,
      ...(cpuBefore !== undefined && cpuAfter !== undefined && samples.length ? { cpuMsPerTurn: (cpuAfter - cpuBefore) / samples.length } : {}),
    };
  } finally {
    agent.destroy();
  }
}

export interface LoadOptions {
  concurrencies: number[]; seconds: number;
  /** Turns sent to each server before measuring it. */
  warmupTurns: number;
  /** Node flags for our bot's process only (`--cpu-prof` to see where its time goes). */
  botNodeArgs?: string[];
}

export async function runLoadBench(options: LoadOptions, print: (line: string) => void = console.log): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  const row = (r: LoadResult) => print(`  ${r.server.padEnd(9)} ${String(r.concurrency).padStart(4)} at once  ${r.turnsPerSecond.toFixed(0).padStart(6)} turns/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms  ${r.cpuMsPerTurn !== undefined ? `CPU ${r.cpuMsPerTurn.toFixed(2)} ms/turn  ` : ''}(${r.turns} turns, ${r.errors} errors)`);
  for (const concurrency of options.concurrencies) {
    // Back to back, each on a fresh process, so neither inherits the other's warm caches or garbage.
    for (const which of ['echo', 'referral'] as const) {
      const { url, child } = await startServer(which, which === 'referral' ? options.botNodeArgs ?? [] : []);
      try {
        const result = await phase(url, which === 'echo' ? 'echo bot' : 'our bot', concurrency, options.seconds, options.warmupTurns, child.pid);
        results.push(result);
        row(result);
      } finally {
        await stopServer(child);
      }
    }
    const [floor, ours] = results.slice(-2) as [LoadResult, LoadResult];
    print(`  ${''.padEnd(9)} ${String(concurrency).padStart(4)} at once  throughput ratio ${(ours.turnsPerSecond / floor.turnsPerSecond).toFixed(2)} (goal >= 0.50), p95 ratio ${(ours.p95 / floor.p95).toFixed(2)} (goal <= 2.00)${ours.cpuMsPerTurn && floor.cpuMsPerTurn ? `, CPU a turn ${(ours.cpuMsPerTurn / floor.cpuMsPerTurn).toFixed(2)} times the floor's` : ''}`);
  }
  return results;
}
