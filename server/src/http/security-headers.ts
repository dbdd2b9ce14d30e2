import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import express from 'express';
import helmet from 'helmet';

/**
 * Security headers on every answer (helmet). The Content-Security-Policy allows scripts only
 * from this origin (the built portal has no inline script), styles from this origin plus the
 * `<style>` elements PrimeVue adds at run time, which carry the per-response nonce that
 * index.html hands the portal in `<meta name="csp-nonce">`. The portal cannot be framed
 * (clickjacking), types are not sniffed, and no Referer leaves the portal (its URLs can carry
 * ids and invitation tokens).
 */
export function securityHeaders(): express.RequestHandler[] {
  const nonce: express.RequestHandler = (_req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString('base64');
    next();
  };
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", (_req, res) => `'nonce-${(res as express.Response).locals.cspNonce}'`],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // HTTPS is the TLS-terminating proxy's business; HSTS sent over plain HTTP would be ignored anyway.
    strictTransportSecurity: false,
  });
  return [nonce, headers];
}

/** index.html with this response's CSP nonce in `<meta name="csp-nonce">`, never cached (the nonce changes). */
export function portalIndexHandler(indexFile: string): express.RequestHandler {
  const html = fs.readFileSync(indexFile, 'utf8');
  return (_req, res) => {
    const nonce = String(res.locals.cspNonce ?? '');
    res.setHeader('cache-control', 'no-store');
    res.type('html').send(html.replace('<head>', `<head>\n    <meta name="csp-nonce" content="${nonce}" />`));
  };
}

/**
 * Outside production, a browser's GET of /graphql is Apollo Sandbox's page, which loads the explorer
 * from Apollo's CDN and carries its own Content-Security-Policy in a `<meta>` (scripts from this
 * origin, its nonce and Apollo's CDN only). The portal's header policy would forbid that CDN, and a
 * page under two policies must satisfy both, so only that page's answer drops the header policy; every
 * other answer of /graphql keeps it (Apollo answers such a GET with its page whatever its query
string), and framing stays forbidden (X-Frame-Options).
 */
export function explorerPageCsp(): express.RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET' && req.accepts(['application/json', 'text/html']) === 'text/html') {
      res.removeHeader('Content-Security-Policy');
    }
    next();
  };
}
