// npm run bench: how long understanding and deciding take on this machine. Messages are every example
// in knowledge/intents.yaml plus the tricky entity strings (several hundred, varied in length and kind);
// each is understood, then decided from the facts it states.
import { loadKnowledgeBase } from '../knowledge/loader.js';
import { emptyFacts, mergeFacts } from '../pathway/caseFacts.js';
import { decide } from '../pathway/decide.js';
import { QuestionKind, type Question } from '../pathway/question.js';
import { ENTITY_CASES } from '../understanding/eval/entityCases.js';
import { trainIntentClassifier } from '../understanding/intentClassifier.js';
import { loadIntentExamples } from '../understanding/intentExamples.js';
import { createUnderstander } from '../understanding/understander.js';

const ROUNDS = 5;

const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

function timeEach<T>(items: readonly T[], run: (item: T) => unknown): number[] {
  for (const item of items) run(item); // warm up the JIT and any lazy caches
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const item of items) {
      const start = performance.now();
      run(item);
      times.push(performance.now() - start);
    }
  }
  return times.sort((a, b) => a - b);
}

const kb = loadKnowledgeBase();
const examples = loadIntentExamples();

let start = performance.now();
trainIntentClassifier(examples);
const trainMs = performance.now() - start;
start = performance.now();
const understander = createUnderstander(kb, examples);
const buildMs = performance.now() - start;

const messages = [...Object.values(examples).flatMap(list => list ?? []), ...ENTITY_CASES.map(c => c.text)];
const understandTimes = timeEach(messages, text => understander.understand(text));

const now = new Date('2026-03-10T11:00:00Z'); // a Tuesday in office hours: the usual case
const decisions = messages.map(text => {
  const u = understander.understand(text);
  const kind = QuestionKind.safeParse(u.intent);
  const question: Question = { kind: kind.success ? kind.data : 'find-service', text, levelsMentioned: u.levelsMentioned };
  return { facts: mergeFacts(emptyFacts(), u.facts), question };
});
const decideTimes = timeEach(decisions, d => decide(d.facts, kb, now, d.question));

const ms = (x: number) => `${x.toFixed(3)} ms`.padStart(12);
console.log(`${messages.length} messages x ${ROUNDS} rounds\n`);
console.log(`${'measure'.padEnd(28)} ${'p50'.padStart(12)} ${'p95'.padStart(12)}`);
console.log(`${'understand()'.padEnd(28)} ${ms(quantile(understandTimes, 0.5))} ${ms(quantile(understandTimes, 0.95))}`);
console.log(`${'decide() on understood facts'.padEnd(28)} ${ms(quantile(decideTimes, 0.5))} ${ms(quantile(decideTimes, 0.95))}`);
console.log(`\n${'classifier training'.padEnd(28)} ${ms(trainMs)}`);
console.log(`${'createUnderstander (all)'.padEnd(28)} ${ms(buildMs)}`);
