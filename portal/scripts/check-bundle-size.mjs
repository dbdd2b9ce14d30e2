#!/usr/bin/env node
// Measures the JavaScript the initial route loads (the entry script and the chunks index.html
// preloads), gzipped, prints it, and fails the build above the budget.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BUDGET_BYTES = 200 * 1024;
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const refs = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((m) => m[1]);
const files = [...new Set(refs)].map((ref) => path.join(dist, ref.replace(/^\//, '')));
let raw = 0;
let gzipped = 0;
for (const file of files) {
  const bytes = fs.readFileSync(file);
  const gz = zlib.gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gzipped += gz;
  console.log(
    `  ${path.relative(dist, file).padEnd(44)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KB  ${(gz / 1024).toFixed(1).padStart(7)} KB gz`,
  );
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`initial-route JS: ${kb(raw)} raw, ${kb(gzipped)} gzipped (budget ${kb(BUDGET_BYTES)} gzipped)`);
if (gzipped > BUDGET_BYTES) {
  console.error(`initial-route JS is over budget by ${kb(gzipped - BUDGET_BYTES)}`);
  process.exit(1);
}
