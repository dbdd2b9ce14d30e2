#!/usr/bin/env node
// Precompresses the built portal's text assets (index.html is served with a per-response nonce instead) next to themselves (name.js.br, name.js.gz) so the
// server sends them compressed without compressing on every request (server/src/http/static-assets.ts).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const COMPRESSIBLE = /\.(js|mjs|css|svg|json|txt|map)$/;
let raw = 0;
let brotli = 0;
let gzip = 0;

function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file);
    else if (COMPRESSIBLE.test(entry.name)) compress(file);
  }
}

function compress(file) {
  const bytes = fs.readFileSync(file);
  const br = zlib.brotliCompressSync(bytes, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  const gz = zlib.gzipSync(bytes, { level: 9 });
  raw += bytes.length;
  // A compressed copy that saves nothing is not written; the server then sends the original.
  if (br.length < bytes.length) {
    fs.writeFileSync(`${file}.br`, br);
    brotli += br.length;
  } else brotli += bytes.length;
  if (gz.length < bytes.length) {
    fs.writeFileSync(`${file}.gz`, gz);
    gzip += gz.length;
  } else gzip += bytes.length;
}

walk(dist);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`precompressed portal assets: ${kb(raw)} raw, ${kb(brotli)} brotli, ${kb(gzip)} gzip`);
