// The web pages (web/*) and the Web Chat bundle, served from disk: botframework-webchat comes from
// node_modules, never a CDN, so the page works offline and on a locked-down network. Files go out
// compressed when the browser accepts it, with an ETag so a revisit costs a 304.
import { join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import { projectRoot } from '../../knowledge/loader.js';
import { framingPolicy } from '../responseHeaders.js';
import { preferredEncoding } from './contentEncoding.js';
import { loadStaticFiles, type AssetSource, type PageSource, type StaticFile } from './staticAssets.js';

/** A fixed list, so no request can name another file. */
const PAGES: readonly PageSource[] = [
  { path: '/', file: join('web', 'index.html') },
  { path: '/lookup', file: join('web', 'lookup.html') },
  { path: '/privacy', file: join('web', 'privacy.html') },
  { path: '/terms', file: join('web', 'terms.html') },
];

const ASSETS: readonly AssetSource[] = [
  { file: join('web', 'site.css') },
  { file: join('web', 'embedded.js') },
  { file: join('web', 'chat.js') },
  { file: join('web', 'lookup.js') },
  { file: join('node_modules', 'botframework-webchat', 'dist', 'webchat.js') },
];

// Scripts only from this server; Web Chat injects its styles at run time, hence inline styles; it talks to
// this server (local Direct Line) or to the Direct Line service, global or regional.
const pagePolicy = (partnerOrigins: readonly string[]): string => [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' https://directline.botframework.com wss://directline.botframework.com https://*.directline.botframework.com wss://*.directline.botframework.com",
  "base-uri 'none'",
  "form-action 'self'",
  framingPolicy(partnerOrigins).frameAncestors,
].join('; ');

const matches = (ifNoneMatch: string | undefined, etag: string): boolean =>
  !!ifNoneMatch && ifNoneMatch.split(',').some(tag => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === etag.replace(/^W\//, ''));

async function send(req: Request, res: Response, file: StaticFile, policy: string): Promise<void> {
  res.setHeader('Cache-Control', file.cacheControl);
  res.setHeader('ETag', file.etag);
  res.setHeader('Vary', 'Accept-Encoding');
  if (file.isPage) {
    res.setHeader('Content-Security-Policy', policy);
    res.setHeader('Referrer-Policy', 'no-referrer');
  }
  if (matches(req.headers['if-none-match'], file.etag)) {
    res.writeHead(304);
    res.end();
    return;
  }
  const compressed = await file.compressed;
  const encoding = compressed ? preferredEncoding(req.headers['accept-encoding']) : 'identity';
  const body = encoding === 'identity' || !compressed ? file.identity : compressed[encoding];
  if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Length', body.length);
  res.writeHead(200);
  res.end(body);
}

/** Serves the pages, each framable by the partnership origins, and the files they load. */
export function registerStaticPages(server: Server, partnerOrigins: readonly string[] = []): void {
  const policy = pagePolicy(partnerOrigins);
  for (const file of loadStaticFiles(projectRoot(), ASSETS, PAGES)) server.get(file.path, async (req: Request, res: Response) => send(req, res, file, policy));
}
