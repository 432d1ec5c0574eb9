// The words this domain uses: stems of every in-scope training example (social ones included: "thanks") and of the knowledge base's
// names and synonyms. A message whose content words are mostly outside it ("book a table for two") is
// out of scope, however it happens to be worded.
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { IntentExamples } from './intentExamples.js';
import type { Intent } from './understanding.js';
import { normalise, STOP_WORDS, stemOf, words } from './text.js';


const contentStems = (text: string): string[] => words(normalise(text)).filter(w => !STOP_WORDS.has(w) && !/^\d+$/.test(w)).map(stemOf);

export type DomainVocabulary = ReadonlySet<string>;

export function buildDomainVocabulary(kb: KnowledgeBase, examples: IntentExamples): DomainVocabulary {
  const texts = [
    ...Object.entries(examples).filter(([intent]) => (intent as Intent) !== 'out-of-scope').flatMap(([, list]) => list ?? []),
    ...kb.concerns.flatMap(c => [c.label, ...c.synonyms]),
    ...[...kb.services, ...kb.contacts, ...kb.authorities, ...kb.districts, ...kb.places].flatMap(e => [e.name, ...e.aliases]),
    ...kb.levels.map(l => l.name),
  ];
  return new Set(texts.flatMap(contentStems));
}

/** Share of the message's content words that the domain uses; 1 when it has none (nothing to judge). */
export function domainCoverage(vocabulary: DomainVocabulary, text: string): number {
  const stems = contentStems(text);
  return stems.length ? stems.filter(s => vocabulary.has(s)).length / stems.length : 1;
}
