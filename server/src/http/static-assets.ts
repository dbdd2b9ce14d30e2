import fs from 'node:fs';
import path from 'node:path';
import express from 'express';

export type ContentEncoding = 'br' | 'gzip';
const EXTENSION: Record<ContentEncoding, string> = { br: '.br', gzip: '.gz' };
/** Vite names every file under assets/ by its content hash: a changed file gets a new name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=3600';

/**
 * The encoding to send from an Accept-Encoding header: brotli before gzip, each only when the client
 * accepts it (q > 0, by name or by `*`); null for the identity (uncompressed) file.
 */
export function chooseEncoding(acceptEncoding: string | undefined, available: readonly ContentEncoding[]): ContentEncoding | null {
  if (!acceptEncoding) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const accepted = (encoding: ContentEncoding) => (weights.get(encoding) ?? weights.get('*') ?? 0) > 0;
  return (['br', 'gzip'] as const).find((encoding) => available.includes(encoding) && accepted(encoding)) ?? null;
}

/**
 * The built portal's files: the precompressed copy (portal/scripts/compress-assets.mjs) the client
 * accepts, hashed assets cached for a year as immutable, anything else revalidated hourly.
 */
export function portalAssets(portalDir: string): express.RequestHandler[] {
  const root = path.resolve(portalDir);
  const precompressed: express.RequestHandler = (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.path.startsWith('/assets/')) return next();
    let file: string;
    try {
      file = path.resolve(root, `.${decodeURIComponent(req.path)}`);
    } catch {
      return next();
    }
    if (!file.startsWith(root + path.sep)) return next();
    const available = (['br', 'gzip'] as const).filter((encoding) => fs.existsSync(file + EXTENSION[encoding]));
    if (available.length === 0) return next();
    res.vary('Accept-Encoding');
    const encoding = chooseEncoding(req.headers['accept-encoding'], available);
    if (!encoding) return next();
    res.setHeader('Content-Encoding', encoding);
    res.type(path.extname(file));
    res.setHeader('Cache-Control', IMMUTABLE);
    res.sendFile(file + EXTENSION[encoding], { cacheControl: false, dotfiles: 'deny' }, (error) => {
      if (error && !res.headersSent) next();
    });
  };
  const files = express.static(root, {
    index: false,
    cacheControl: false,
    setHeaders: (res, file) => {
      const hashed = path.relative(root, file).startsWith(`assets${path.sep}`);
      res.setHeader('Cache-Control', hashed ? IMMUTABLE : REVALIDATE);
    },
  });
  // A missing hashed file (a tab still running an older build) is a 404, not the portal's index.html.
  const missing: express.RequestHandler = (req, res, next) => {
    if ((req.method === 'GET' || req.method === 'HEAD') && req.path.startsWith('/assets/')) res.status(404).type('text').send('Not found');
    else next();
  };
  return [precompressed, files, missing];
}
