// npm run kb:check: validate knowledge/, print a short summary, and list every phone number and email
// printed in the sources that no contact holds. Exits non-zero on any problem, so CI and editors see it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeError, formatProblem, projectRoot, readKnowledgeBase, defaultKnowledgeDir } from '../knowledge/loader.js';
import { loadRiskCorpus } from '../knowledge/riskCorpus.js';
import { missingFromKnowledge, printedContactsIn } from '../knowledge/sourceContacts.js';
import { readCircumstanceCues } from '../understanding/circumstances.js';
import { buildRules } from '../understanding/intentRules.js';
import { readQuestionWords } from '../understanding/questionWords.js';
import { createAttributeRecogniser } from '../understanding/attributes.js';
import { createFramingReader } from '../understanding/framing.js';

const sourcesDir = process.env.KNOWLEDGE_SOURCES_DIR ?? join(projectRoot(), '..', 'shared', 'sources');

try {
  const kb = readKnowledgeBase(defaultKnowledgeDir());
  console.log(`Knowledge base ${kb.version}: ${[
    ['sources', kb.sources], ['authorities', kb.authorities], ['districts', kb.districts], ['health areas', kb.healthAreas],
    ['places', kb.places], ['concerns', kb.concerns], ['risk signals', kb.riskSignals], ['contacts', kb.contacts],
    ['services', kb.services], ['levels of need', kb.levels], ['processes', kb.processes],
  ].map(([name, list]) => `${(list as unknown[]).length} ${name as string}`).join(', ')}.`);

  const corpus = loadRiskCorpus(undefined, new Set(kb.riskSignals.map(s => s.id)));
  const harm = corpus.filter(e => e.label !== 'none' && e.label !== 'past').length;
  console.log(`Risk corpus: ${corpus.length} messages (${harm} describing harm, ${corpus.length - harm} hard negatives).`);

  // The cue files are read by the understanding modules, not the loader: read each here so a slip shows now.
  const cueProblems = [buildRules, readCircumstanceCues, readQuestionWords, createAttributeRecogniser, createFramingReader].flatMap(read => {
    try { read(); return []; } catch (error) { return [(error as Error).message]; }
  });
  if (cueProblems.length) {
    console.error(`The cue files have problems:\n${cueProblems.join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('Cue files (intent-cues.yaml, circumstances.yaml, question-words.yaml, attributes.yaml, framing.yaml) are valid.');
  }

  const conflicts = kb.contacts.filter(c => c.conflicts.length);
  if (conflicts.length) {
    console.log(`Sources disagree about ${conflicts.length} contact(s) (both versions kept):`);
    for (const c of conflicts) for (const note of c.conflicts) console.log(`  ${c.id}: ${note}`);
  }

  if (!existsSync(sourcesDir)) {
    console.log(`Source documents not found at ${sourcesDir}: skipped the check for missing contacts.`);
  } else {
    const missing = missingFromKnowledge(kb, printedContactsIn(sourcesDir));
    if (missing.length) {
      console.error(`${missing.length} phone number(s) or email(s) printed in the sources are in no contact:`);
      for (const m of missing) console.error(`  ${m.file}:${m.line}  ${m.kind} ${m.value}`);
      process.exitCode = 1;
    } else {
      console.log('Every phone number and email printed in the sources is in the knowledge base.');
    }
  }
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error;
  console.error(`The knowledge base has ${error.problems.length} problem(s):`);
  for (const p of error.problems) console.error(formatProblem(p));
  process.exitCode = 1;
}
