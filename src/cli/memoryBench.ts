// `npm run bench -- --memory`: 100,000 turns through the real bot in this process (many short
// conversations, as a busy day brings), printing the heap after a full collection every 10,000 turns.
// Flat means the embedded default's bounds hold: expired and evicted conversations leave nothing behind.
import { ActivityTypes, TestAdapter } from 'botbuilder';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createBotApp } from '../bot/botApp.js';
import { readConfig } from '../config.js';

const TURNS = ['speech and language worries for my son', 'Mansfield', 'he is 4', 'mash number notts', 'out of hours?'];

function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

export async function measureMemory(totalTurns: number, print: (line: string) => void = console.log): Promise<void> {
  const app = createBotApp(readConfig({ LOG_LEVEL: 'error' }, 'bench'), { log: () => {} });
  print(`\nmemory over ${totalTurns.toLocaleString('en-GB')} turns (heap after a full collection)`);
  let time = Date.parse('2026-12-02T08:00:00Z');
  const heapMb = () => { collectGarbage(); return (process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1).padStart(6); };
  print(`  ${'0'.padStart(7)} turns  heap ${heapMb()} MB (bot built, before any turn)`);
  for (let turn = 0; turn < totalTurns; turn++) {
    const conversation = Math.floor(turn / TURNS.length);
    const adapter = new TestAdapter(context => app.bot.run(context), { channelId: 'webchat', conversation: { id: `c${conversation}` } as never });
    time += 1000;
    await adapter.processActivity({ type: ActivityTypes.Message, text: TURNS[turn % TURNS.length]!, timestamp: new Date(time) });
    if ((turn + 1) % (totalTurns / 10) === 0) print(`  ${String(turn + 1).padStart(7)} turns  heap ${heapMb()} MB`);
  }
}
