// The files the pages load, read once at start-up. Each script and stylesheet gets a fingerprinted URL
// (/web/webchat.<hash>.js) that changes whenever its content does, so browsers may keep it for a year;
// the pages that name them are rewritten to those URLs and are revalidated on every visit instead.
// Compressed forms are made once, in the background, so no request pays for compression.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
};

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

export interface StaticFile {
  /** The URL path it is served at. */
  path: string;
  contentType: string;
  cacheControl: string;
  /** Weak: the same validator names every encoding of the same content. */
  etag: string;
  identity: Buffer;
  /** Brotli and gzip forms; settles soon after start-up, undefined if compression failed (identity is served). */
  compressed: Promise<{ br: Buffer; gzip: Buffer } | undefined>;
  isPage: boolean;
}

const extensionOf = (file: string): string => file.slice(file.lastIndexOf('.') + 1);
const digest = (body: Buffer): string => createHash('sha256').update(body).digest('hex').slice(0, 16);

function compress(body: Buffer): StaticFile['compressed'] {
  // Quality 11 is worth it for small files; for Web Chat's bundle it costs seconds of CPU for 10% less,
  // so big files use 9 (about 0.4 s, once).
  const quality = body.length > 256 * 1024 ? 9 : 11;
  return Promise.all([
    brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    gzipped(body, { level: 9 }),
  ]).then(([br, gz]) => ({ br, gzip: gz }), () => undefined);
}

function staticFile(path: string, file: string, body: Buffer, cacheControl: string): StaticFile {
  const extension = extensionOf(file);
  return {
    path,
    contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
    cacheControl,
    etag: `W/"${digest(body)}"`,
    identity: body,
    compressed: compress(body),
    isPage: extension === 'html',
  };
}

/** A script or stylesheet: where it is on disk. */
export interface AssetSource { file: string }
/** A page: its URL path and its HTML file. */
export interface PageSource { path: string; file: string }

/**
 * Every file served from disk. Each asset is served at its fingerprinted URL (cached for a year) and at
 * its plain /web/<name> URL (revalidated), for anything that links to it directly.
 */
export function loadStaticFiles(root: string, assets: readonly AssetSource[], pages: readonly PageSource[]): StaticFile[] {
  const files: StaticFile[] = [];
  const renamed = new Map<string, string>();
  for (const { file } of assets) {
    const body = readFileSync(join(root, file));
    const name = basename(file);
    const dot = name.lastIndexOf('.');
    const plain = `/web/${name}`;
    const fingerprinted = `/web/${name.slice(0, dot)}.${digest(body)}${name.slice(dot)}`;
    renamed.set(plain, fingerprinted);
    files.push(staticFile(fingerprinted, file, body, IMMUTABLE), staticFile(plain, file, body, REVALIDATE));
  }
  for (const page of pages) {
    const html = readFileSync(join(root, page.file), 'utf8')
      .replace(/(["'])(\/web\/[\w.-]+)\1/g, (whole, quote: string, url: string) => (renamed.has(url) ? `${quote}${renamed.get(url)}${quote}` : whole));
    files.push(staticFile(page.path, page.file, Buffer.from(html, 'utf8'), REVALIDATE));
  }
  return files;
}
