// npm run eval:risk: how well the risk screen reads harm, on held-out messages of knowledge/risk-corpus
// (every fifth message of each file, never trained on). Prints, per category, recall and precision for
// the lexicon alone (the regular-expression baseline), the model alone and the two together; the
// false-alarm rate on each kind of hard negative; and a sweep of the model's threshold.
import '../bot/processStart.js'; // first: quiets natural's dotenv tips before natural loads
import { loadKnowledgeBase } from '../knowledge/loader.js';
import { loadRiskCorpus, type CorpusExample } from '../knowledge/riskCorpus.js';
import { buildRiskScreen, DOUBT_THRESHOLD, readLexicon, RISK_THRESHOLD, screenForRisk } from '../understanding/riskScreen.js';
import { normalise } from '../understanding/text.js';
import { loadIntentExamples } from '../understanding/intentExamples.js';
import { ordinaryExamples } from '../understanding/understander.js';
import { deniesSafeguarding } from '../understanding/circumstances.js';
import { defaultFramingReader } from '../understanding/framing.js';

const kb = loadKnowledgeBase();
const corpus = loadRiskCorpus(undefined, new Set(kb.riskSignals.map(s => s.id)));
const byFile = new Map<string, CorpusExample[]>();
for (const e of corpus) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
const training: CorpusExample[] = [];
const heldOut: CorpusExample[] = [];
for (const examples of byFile.values()) examples.forEach((e, i) => (i % 5 === 4 ? heldOut : training).push(e));

const started = performance.now();
const screen = buildRiskScreen(kb, training, ordinaryExamples(loadIntentExamples()));
const trainMs = performance.now() - started;

const isHarm = (e: CorpusExample) => e.label !== 'none' && e.label !== 'past';
const percent = (n: number, d: number) => (d ? `${(100 * n / d).toFixed(1).padStart(5)}%` : '    - ');

interface Reading { lexicon: string[]; model: string[]; combined: string[]; doubt: boolean; p: number }
const readings = heldOut.map(e => {
  // As the understander screens it: with the message's own denial and whether it asks about the guidance.
  const f = screenForRisk(screen, e.text, deniesSafeguarding(e.text), defaultFramingReader().aboutTheGuidance(e.text));
  const lexicon = readLexicon(screen, normalise(e.text)).risks;
  const model = f.evidence.model && f.confidence >= RISK_THRESHOLD ? [f.evidence.model.label] : [];
  return { e, r: { lexicon, model, combined: f.risks, doubt: f.doubt, p: f.confidence } as Reading };
});

console.log(`Risk corpus: ${corpus.length} messages (${corpus.filter(isHarm).length} harm, ${corpus.length - corpus.filter(isHarm).length} hard negatives); held out ${heldOut.length}; model trained in ${trainMs.toFixed(0)} ms\n`);
console.log('Recall: a held-out message describing harm is read as a risk (any category); category: the right one among those read');
console.log(`${'category'.padEnd(26)} ${'n'.padStart(4)}   ${'lexicon'.padStart(7)} ${'model'.padStart(7)} ${'both'.padStart(7)} ${'+doubt'.padStart(7)}   ${'category (both)'.padStart(15)}  ${'precision (both)'.padStart(16)}`);
const categories = [...new Set(heldOut.filter(isHarm).map(e => e.label))].sort();
const totals = { n: 0, lex: 0, model: 0, both: 0, doubt: 0, cat: 0 };
for (const c of categories) {
  const rows = readings.filter(x => x.e.label === c);
  const lex = rows.filter(x => x.r.lexicon.length).length;
  const model = rows.filter(x => x.r.model.length).length;
  const both = rows.filter(x => x.r.combined.length).length;
  const doubt = rows.filter(x => x.r.combined.length || x.r.doubt).length;
  const cat = rows.filter(x => x.r.combined.includes(c)).length;
  const claimed = readings.filter(x => x.r.combined.includes(c));
  const right = claimed.filter(x => x.e.label === c).length;
  totals.n += rows.length; totals.lex += lex; totals.model += model; totals.both += both; totals.doubt += doubt; totals.cat += cat;
  console.log(`${c.padEnd(26)} ${String(rows.length).padStart(4)}   ${percent(lex, rows.length)} ${percent(model, rows.length)} ${percent(both, rows.length)} ${percent(doubt, rows.length)}   ${percent(cat, rows.length).padStart(15)}  ${percent(right, claimed.length).padStart(16)}`);
}
console.log(`${'all harm'.padEnd(26)} ${String(totals.n).padStart(4)}   ${percent(totals.lex, totals.n)} ${percent(totals.model, totals.n)} ${percent(totals.both, totals.n)} ${percent(totals.doubt, totals.n)}   ${percent(totals.cat, totals.n).padStart(15)}`);

console.log('\nFalse alarms on hard negatives: read as a risk (the safeguarding route leads) / as doubt');
console.log(`${'kind'.padEnd(26)} ${'n'.padStart(4)}   ${'lexicon'.padStart(7)} ${'model'.padStart(7)} ${'both'.padStart(7)} ${'doubt'.padStart(7)}`);
const kinds = [...new Set(heldOut.filter(e => !isHarm(e)).map(e => e.kind ?? e.label))].sort();
for (const k of kinds) {
  const rows = readings.filter(x => !isHarm(x.e) && (x.e.kind ?? x.e.label) === k);
  console.log(`${k.padEnd(26)} ${String(rows.length).padStart(4)}   ${percent(rows.filter(x => x.r.lexicon.length).length, rows.length)} ${percent(rows.filter(x => x.r.model.length).length, rows.length)} ${percent(rows.filter(x => x.r.combined.length).length, rows.length)} ${percent(rows.filter(x => x.r.doubt).length, rows.length)}`);
}

console.log(`\nThe model's threshold (in use: risk ${RISK_THRESHOLD}, doubt ${DOUBT_THRESHOLD}): recall on harm / false alarms on hard negatives, model alone`);
const negatives = readings.filter(x => !isHarm(x.e));
const positives = readings.filter(x => isHarm(x.e));
for (const t of [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
  console.log(`  ${t.toFixed(1)}  recall ${percent(positives.filter(x => x.r.p >= t).length, positives.length)}  false alarms ${percent(negatives.filter(x => x.r.p >= t).length, negatives.length)}`);
}
if (process.argv.includes('--misses')) {
  console.log('\nMissed (neither risk nor doubt):');
  for (const x of positives.filter(x => !x.r.combined.length && !x.r.doubt)) console.log(`  [${x.e.label}] ${x.e.text}`);
  console.log('\nFalse alarms (risk):');
  for (const x of negatives.filter(x => x.r.combined.length)) console.log(`  [${x.e.kind}] ${x.r.combined.join(',')}: ${x.e.text}`);
}
