// Which compressed form of a file to send, from the browser's Accept-Encoding. Brotli is smallest
// (Web Chat's 3.9 MB bundle goes down to about 0.7 MB), gzip is understood everywhere, and identity
// is the fallback for clients that ask for neither (or refuse both with q=0).
export type Encoding = 'br' | 'gzip' | 'identity';

/** The encodings the header accepts (q > 0), in the order we prefer them. */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map(p => p.trim());
    if (!name) continue;
    const q = params.map(p => /^q=([0-9.]+)$/.exec(p)?.[1]).find(Boolean);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}
