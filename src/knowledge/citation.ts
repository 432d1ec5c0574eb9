// How a citation reads to a user: the document's short title and the section, e.g.
// "Pathway to Provision, C2 Contact Details for the MASH".
import type { KnowledgeBase } from './knowledgeBase.js';
import type { Citation } from './schema.js';

export function citationText(kb: KnowledgeBase, citation: Citation): string {
  return `${sourceTitle(kb, citation.source)}, ${citation.section}`;
}

/** A document's short title ("Pathway to Provision"), or its id when the knowledge base does not list it. */
export function sourceTitle(kb: KnowledgeBase, sourceId: string): string {
  return kb.source(sourceId)?.title.split(':')[0] ?? sourceId;
}
