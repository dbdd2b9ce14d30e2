import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
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

/** The entry stylesheet is inlined when it is at most this big: one round trip less before the first paint. */
const INLINE_STYLESHEET_MAX_BYTES = 32 * 1024;
/** A `url()` that is not data:, absolute or root-relative would resolve against the page once inlined. */
const RELATIVE_URL = /url\(\s*['"]?(?!data:|\/|https?:)/;
const STYLESHEET_LINK = /<link rel="stylesheet"(?: crossorigin)? href="\/assets\/([\w.-]+\.css)">/g;

/**
 * index.html with this response's CSP nonce in `<meta name="csp-nonce">`, never cached (the nonce
 * changes). Small stylesheets of the entry are inlined as `<style>` elements carrying the nonce: on a
 * phone's network a render-blocking request costs more than the bytes (Lighthouse's render-blocking
 * audit). The stylesheet has no relative `url()` (checked), so it means the same inline.
 */
export function portalIndexHandler(indexFile: string): express.RequestHandler {
  const assetsDir = path.join(path.dirname(indexFile), 'assets');
  const template = fs.readFileSync(indexFile, 'utf8').replace(STYLESHEET_LINK, (link, file: string) => {
    const css = fs.readFileSync(path.join(assetsDir, file), 'utf8');
    if (Buffer.byteLength(css) > INLINE_STYLESHEET_MAX_BYTES || RELATIVE_URL.test(css) || css.includes('</')) {
      return link;
    }
    return `<style nonce="%CSP_NONCE%">${css}</style>`;
  });
  return (_req, res) => {
    const nonce = String(res.locals.cspNonce ?? '');
    res.setHeader('cache-control', 'no-store');
    res
      .type('html')
      .send(template.replaceAll('%CSP_NONCE%', nonce).replace('<head>', `<head>\n    <meta name="csp-nonce" content="${nonce}" />`));
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
