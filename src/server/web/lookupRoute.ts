// GET /api/lookup?q=: the helpline lookup over the knowledge base, at the server's clock.
import type { Request, Response, Server } from 'restify';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase.js';
import { lookup } from '../../lookup/search.js';
import { queryParam } from './httpBody.js';

const LOOKUP_PATH = '/api/lookup';
const MAX_QUERY_LENGTH = 200;

export function registerLookupRoute(server: Server, kb: KnowledgeBase, clock: () => Date = () => new Date()): void {
  server.get(LOOKUP_PATH, async (req: Request, res: Response) => {
    const query = (queryParam(req, 'q') ?? '').slice(0, MAX_QUERY_LENGTH);
    const now = clock();
    res.setHeader('Cache-Control', 'no-store');
    res.send(200, { query, at: now.toISOString(), results: lookup(kb, query, now) });
  });
}
