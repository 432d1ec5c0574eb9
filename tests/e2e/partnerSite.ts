// A stand-in for a partnership website on another origin: it serves the embed snippet exactly as
// deployment/README.md documents it, pointed at the bot under test. The same server on a port the bot
// does not list plays a stranger's site.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const DOCUMENTED_HOST = 'https://referral-guide-notts.azurewebsites.net';

/** The ```html block of deployment/README.md that embeds the chat. */
export function documentedSnippet(): string {
  const readme = readFileSync(join(root, 'deployment', 'README.md'), 'utf8');
  const block = /```html\n([\s\S]*?<iframe[\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('deployment/README.md has no ```html block with the <iframe> embed');
  return block;
}

const pageAround = (snippet: string) => `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A partnership site</title><style>body { margin: 0; padding: 8px; font-family: sans-serif; }</style></head>
<body><main><h1>Children's services partnership</h1>${snippet}</main></body></html>`;

export interface Site { origin: string; close(): Promise<void> }

/** Serves the documented snippet at / (the chat) and /lookup (the lookup, as the README says), framing botUrl. */
export async function startSite(botUrl: string, host: string, port: number): Promise<Site> {
  const chat = documentedSnippet().replaceAll(DOCUMENTED_HOST, botUrl);
  const lookup = chat.replace(`${botUrl}/"`, `${botUrl}/lookup"`);
  const server: Server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(pageAround(req.url?.startsWith('/lookup') ? lookup : chat));
  });
  // Chromium reaches "localhost" on 127.0.0.1; the origin keeps the name, so it differs from the bot's.
  await new Promise<void>(resolve => server.listen(port, '127.0.0.1', resolve));
  return { origin: `http://${host}:${port}`, close: () => new Promise<void>(resolve => server.close(() => resolve())) };
}
