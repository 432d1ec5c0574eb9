// How a citation reads to a user: the document's short title and the section, e.g.
// "Pathway to Provision, C2 Contact Details for the MASH".
import type { KnowledgeBase } from './knowledgeBase.js';
import type { Citation } from './schema.js';

export function citationText(kb: KnowledgeBase, citation: Citation): string {
  const source = kb.source(citation.source);
  return `${source ? source.title.split(':')[0] : citation.source}, ${citation.section}`;
}
