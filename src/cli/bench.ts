// npm run bench: how fast the parts of a turn are on this machine, then the whole bot under load.
// Understanding one message must be well under a millisecond at p50; loading the knowledge base under
// 300 ms; training the classifier well under a second; a lookup under 50 ms. Under load (loadBench.ts)
// the bot should reach at least half an echo bot's throughput with p95 within twice the echo bot's.
// Flags: --parts-only, --load-only, --seconds N (each load phase), --warmup-turns N (before each, 4,000),
// --concurrency N (one level instead of 20 and 100), --cpu-prof DIR (profile our bot's process under load), --memory (100,000 turns or --turns N,
// heap after each tenth).
import '../bot/processStart.js'; // first: quiets natural's dotenv tips before natural loads
import { performance } from 'node:perf_hooks';
import { loadKnowledgeBase } from '../knowledge/loader.js';
import { mergeFacts, emptyFacts } from '../pathway/caseFacts.js';
import { decide } from '../pathway/decide.js';
import { measureLookup } from '../lookup/benchmark.js';
import { loadIntentExamples } from '../understanding/intentExamples.js';
import { createUnderstander } from '../understanding/understander.js';
import { runLoadBench } from './loadBench.js';
import { measureMemory } from './memoryBench.js';

const flags = process.argv.slice(2);
const flagValue = (name: string) => { const at = flags.indexOf(name); return at >= 0 ? flags[at + 1] : undefined; };

function benchParts(): void {
  const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
  function time(runs: number, fn: (i: number) => void): { p50: number; p95: number } {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) { const t = performance.now(); fn(i); samples.push(performance.now() - t); }
    samples.sort((a, b) => a - b);
    return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95) };
  }
  const row = (name: string, r: { p50: number; p95: number }) => console.log(`${name.padEnd(34)} p50 ${r.p50.toFixed(3).padStart(8)} ms   p95 ${r.p95.toFixed(3).padStart(8)} ms`);

  let t = performance.now();
  const kb = loadKnowledgeBase();
  console.log(`${'load and validate knowledge base'.padEnd(34)} ${(performance.now() - t).toFixed(1)} ms`);
  const examples = loadIntentExamples();
  t = performance.now();
  const understander = createUnderstander(kb, examples);
  console.log(`${'train classifier, build matchers'.padEnd(34)} ${(performance.now() - t).toFixed(1)} ms`);

  // The training examples are a few hundred varied, realistic messages; a few longer ones on top.
  const messages = [...Object.values(examples).flat(), 'Year 3 teacher here - 8 yr old boy in Worksop, cant sit still, very impulsive, we think ADHD. Can I refer him to Small Steps?',
    'Pastoral lead at a Bramcote secondary: Year 10 girl has been low and withdrawn for months, how do I get her into CAMHS?'];
  for (let i = 0; i < 200; i++) understander.understand(messages[i % messages.length]!); // warm up
  row('understand one message', time(messages.length * 3, i => understander.understand(messages[i % messages.length]!)));

  const now = new Date('2026-12-02T10:00:00Z');
  const cases = messages.map(m => understander.understand(m)).map(u => ({ facts: mergeFacts(emptyFacts(), u.facts), topics: u.topics }));
  row('decide one route', time(cases.length * 2, i => {
    const c = cases[i % cases.length]!;
    decide(c.facts, kb, now, { kind: 'find-service', topics: c.topics, levelsMentioned: [] });
  }));

  const lookups = measureLookup(kb, now);
  console.log(`${'helpline lookup (every keystroke)'.padEnd(34)} mean ${lookups.meanMs.toFixed(3).padStart(7)} ms   p95 ${lookups.p95Ms.toFixed(3).padStart(8)} ms   worst ${lookups.worstMs.toFixed(2)} ms over ${lookups.queries}`);
}

if (!flags.includes('--load-only')) benchParts();
if (!flags.includes('--parts-only')) {
  console.log('\nunder load: multi-turn conversations over HTTP (expectReplies), each server in its own process');
  const profileDir = flagValue('--cpu-prof');
  await runLoadBench({
    concurrencies: flagValue('--concurrency') ? [Number(flagValue('--concurrency'))] : [20, 100],
    seconds: Number(flagValue('--seconds') ?? 8),
    warmupTurns: Number(flagValue('--warmup-turns') ?? 4000),
    botNodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  });
  if (profileDir) console.log(`  CPU profile of our bot written to ${profileDir} (open in Chrome DevTools, Performance)`);
}
if (flags.includes('--memory')) await measureMemory(Number(flagValue('--turns') ?? 100_000));
