// One understander over the real knowledge base for every understanding test (training takes a moment).
import { loadKnowledgeBase } from '../../src/knowledge/loader.js';
import { createUnderstander } from '../../src/understanding/understander.js';

export const kb = loadKnowledgeBase();
export const understander = createUnderstander(kb);
export const understand = understander.understand.bind(understander);
