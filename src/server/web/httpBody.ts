// Reads a small JSON body whether or not the server's body parser has already run, so these routes
// work under any server setup and never trust an unbounded body.
import type { Request } from 'restify';

export class BadRequest extends Error {
  constructor(message: string, readonly status = 400) { super(message); this.name = 'BadRequest'; }
}

const MAX_BODY_BYTES = 64 * 1024;

async function rawBody(req: Request, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new BadRequest('The request body is too large.', 413);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The parsed JSON body; `{}` for an empty body. */
export async function readJsonBody(req: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const parsed: unknown = (req as { body?: unknown }).body;
  if (parsed !== undefined && typeof parsed !== 'string' && !Buffer.isBuffer(parsed)) return parsed;
  const text = parsed === undefined ? await rawBody(req, maxBytes) : String(parsed);
  if (!text.trim()) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BadRequest('The request body is not valid JSON.');
  }
}

/** The query string's value for a name, from the raw URL (no query parser plugin needed). */
export const queryParam = (req: Request, name: string): string | undefined =>
  new URL(req.url ?? '/', 'http://localhost').searchParams.get(name) ?? undefined;

export const bearerToken = (req: Request): string | undefined =>
  /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
