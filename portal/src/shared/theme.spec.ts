// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Aura from '@primeuix/themes/aura';
import { describe, expect, it } from 'vitest';
import { PartnerbookPreset } from './theme';

const srcDir = fileURLToPath(new URL('..', import.meta.url));
const primevueDir = path.resolve(srcDir, '../../node_modules/primevue');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.(ts|vue)$/.test(entry.name) ? [file] : [];
  });
}

const primevueImports = (source: string) => [...source.matchAll(/['"]primevue\/([a-z]+)['"]/g)].map((m) => m[1]);

/** Every PrimeVue module the portal imports, and the ones those import (DataTable renders a Paginator, a Select, ...). */
function usedPrimevueModules(): Set<string> {
  const used = new Set<string>();
  const todo = sourceFiles(srcDir)
    .filter((file) => !file.endsWith('.spec.ts'))
    .flatMap((file) => primevueImports(fs.readFileSync(file, 'utf8')));
  for (let name = todo.pop(); name !== undefined; name = todo.pop()) {
    if (used.has(name)) continue;
    used.add(name);
    const entry = path.join(primevueDir, name, 'index.mjs');
    if (fs.existsSync(entry)) todo.push(...primevueImports(fs.readFileSync(entry, 'utf8')));
  }
  return used;
}

/** The preset key a module's styles read its tokens from: its style's name (a directive's without "-directive"). */
function themeKey(module: string): string | undefined {
  const style = path.join(primevueDir, module, 'style', 'index.mjs');
  if (!fs.existsSync(style)) return undefined;
  return /name: ?['"]([a-z-]+)['"]/.exec(fs.readFileSync(style, 'utf8'))?.[1].replace(/-directive$/, '');
}

describe('PartnerbookPreset', () => {
  it('has the Aura tokens of every PrimeVue component the portal renders, directly or inside another one', () => {
    const used = usedPrimevueModules();
    expect(used).toContain('datatable'); // the walk found the portal's imports
    expect(used).toContain('paginator'); // and followed PrimeVue's own
    const auraComponents = Aura.components ?? {};
    const needed = [...used]
      .map(themeKey)
      .filter((key): key is string => key !== undefined && key in auraComponents)
      .sort();
    const missing = needed.filter((key) => !(key in (PartnerbookPreset.components ?? {})));
    expect(missing).toEqual([]);
  });
});
