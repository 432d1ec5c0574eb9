// npm run eval:nlu: intent accuracy on a held-out split of knowledge/intents.yaml (every fifth example,
// never trained on), per-intent precision and recall, the same for a plain keyword baseline, and entity
// accuracy on a table of tricky strings. The format is the contract; the numbers move with the data.
import { loadKnowledgeBase } from '../knowledge/loader.js';
import { features } from '../understanding/intentClassifier.js';
import { loadIntentExamples, type IntentExamples } from '../understanding/intentExamples.js';
import { createUnderstander } from '../understanding/understander.js';
import type { Intent } from '../understanding/understanding.js';

const kb = loadKnowledgeBase();
const all = loadIntentExamples();
const train: IntentExamples = {};
const heldOut: { text: string; intent: Intent }[] = [];
for (const [intent, texts] of Object.entries(all) as [Intent, string[]][]) {
  train[intent] = texts.filter((_, i) => i % 5 !== 4);
  texts.filter((_, i) => i % 5 === 4).forEach(text => heldOut.push({ text, intent }));
}

/** The baseline: the intent whose training examples share the most words with the message. */
function keywordBaseline(examples: IntentExamples) {
  const vocab = new Map<Intent, Set<string>>();
  for (const [intent, texts] of Object.entries(examples) as [Intent, string[]][]) vocab.set(intent, new Set(texts.flatMap(t => features(t))));
  return (text: string): Intent => {
    const words = features(text);
    let best: Intent = 'find-service', bestScore = -1;
    for (const [intent, set] of vocab) {
      const score = words.filter(w => set.has(w)).length / Math.sqrt(set.size);
      if (score > bestScore) { best = intent; bestScore = score; }
    }
    return best;
  };
}

function report(name: string, predict: (text: string) => Intent): void {
  const intents = [...new Set(heldOut.map(h => h.intent))];
  const predictions = heldOut.map(h => ({ ...h, predicted: predict(h.text) }));
  const accuracy = predictions.filter(p => p.predicted === p.intent).length / predictions.length;
  console.log(`\n${name}: accuracy ${(100 * accuracy).toFixed(1)}% on ${predictions.length} held-out examples`);
  console.log('  intent            precision  recall');
  for (const intent of intents) {
    const tp = predictions.filter(p => p.predicted === intent && p.intent === intent).length;
    const predicted = predictions.filter(p => p.predicted === intent).length;
    const actual = predictions.filter(p => p.intent === intent).length;
    console.log(`  ${intent.padEnd(17)} ${(predicted ? tp / predicted : 0).toFixed(2).padStart(9)}  ${(actual ? tp / actual : 0).toFixed(2).padStart(6)}`);
  }
}

const understander = createUnderstander(kb, train);
report('Classifier + rules', text => understander.understand(text).intent);
report('Keyword baseline', keywordBaseline(train));

// Entities: [message, what must be understood].
const entityCases: [string, (u: ReturnType<typeof understander.understand>) => boolean][] = [
  ['7yo in West Bridgford', u => u.facts.ageYears === 7 && u.facts.area?.district === 'rushcliffe'],
  ['15 y/o in Mansfeild', u => u.facts.ageYears === 15 && u.facts.area?.district === 'mansfield'],
  ['Year 3 pupil in Rushclife', u => u.facts.ageYears === 7 && u.facts.area?.district === 'rushcliffe'],
  ['18 months old, Newark & Sherwood', u => u.facts.ageMonths === 18 && u.facts.area?.district === 'newark-and-sherwood'],
  ['aged seven, lives in Hucknall', u => u.facts.ageYears === 7 && u.facts.area?.district === 'ashfield'],
  ['she is 250', u => !!u.ageOutOfRange],
  ['unborn baby, mum in Derby', u => u.facts.ageYears === -1 && u.facts.area?.authority === 'derby'],
  ['on the spectrum, no diagnosis yet', u => !!u.facts.concerns?.includes('autism') && u.facts.diagnoses?.autism === 'none'],
  ['school think ADHD', u => u.facts.diagnoses?.adhd === 'suspected'],
  ['diagnosed with autism last year', u => u.facts.diagnoses?.autism === 'diagnosed'],
  ['on the waiting list for an ADHD assessment', u => u.facts.diagnoses?.adhd === 'awaiting-assessment'],
  ['can\'t sit still and very impulsive', u => !!u.facts.concerns?.includes('adhd')],
  ['parents won\'t consent', u => u.facts.consent === 'refused'],
  ['no safeguarding concerns', u => !!u.facts.safeguardingDenied && !u.facts.risks?.length],
  ['she isn\'t being hurt at home', u => !u.facts.risks?.length],
  ['her stepdad hits her', u => !!u.facts.risks?.includes('physical-abuse')],
  ['he has been cutting himself', u => !!u.facts.risks?.includes('self-harm')],
  ['going missing and older men giving her gifts', u => !!u.facts.risks?.includes('missing') && !!u.facts.risks?.includes('exploitation')],
  ['who do I call tonight', u => !!u.timing.outOfHours],
  ['why not cygnet?', u => u.whyNot.includes('small-steps-cygnet')],
  ['NHS number 943 476 5919', u => u.personalData.includes('nhs-number')],
  ['living in Birmingham', u => !!u.facts.area?.unknown],
];
const passed = entityCases.filter(([text, check]) => check(understander.understand(text)));
console.log(`\nEntities: ${passed.length}/${entityCases.length} tricky strings understood`);
for (const [text, check] of entityCases) if (!check(understander.understand(text))) console.log(`  missed: ${text}`);
