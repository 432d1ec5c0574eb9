// The web pages (web/*) and the Web Chat bundle, served from disk: botframework-webchat comes from
// node_modules, never a CDN, so the page works offline and on a locked-down network.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import { projectRoot } from '../../knowledge/loader.js';

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
};

/** URL path -> file under the project root. A fixed list, so no request can name another file. */
function pageFiles(): Map<string, string> {
  const web = (file: string) => join('web', file);
  return new Map([
    ['/', web('index.html')],
    ['/lookup', web('lookup.html')],
    ['/web/site.css', web('site.css')],
    ['/web/chat.js', web('chat.js')],
    ['/web/lookup.js', web('lookup.js')],
    ['/web/webchat.js', join('node_modules', 'botframework-webchat', 'dist', 'webchat.js')],
  ]);
}

// Scripts only from this server; Web Chat injects its styles at run time, hence inline styles; it talks to
// this server (local Direct Line) or to the Direct Line service, global or regional.
const SECURITY_HEADERS = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self' https://directline.botframework.com wss://directline.botframework.com https://*.directline.botframework.com wss://*.directline.botframework.com",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export function registerStaticPages(server: Server): void {
  const root = projectRoot();
  const cache = new Map<string, Buffer>();
  for (const [path, file] of pageFiles()) {
    const extension = file.slice(file.lastIndexOf('.') + 1);
    server.get(path, async (_req: Request, res: Response) => {
      let body = cache.get(file);
      if (!body) {
        body = await readFile(join(root, file));
        cache.set(file, body);
      }
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': extension === 'html' ? 'no-cache' : 'public, max-age=3600',
      });
      res.end(body);
    });
  }
}
