import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';

/**
 * Codegen writes every document of the portal into one module (src/gql/graphql.ts). Imported by
 * almost every page, that module went whole into the shared chunk the first route loads: about
 * 220 KB of document objects built before the first paint. In the build each document becomes a
 * module of its own, so it lands in the chunk of the page (or pages) that use it.
 */
function splitGeneratedDocuments(): Plugin {
  const generated = path.resolve(__dirname, 'src/gql/graphql.ts');
  const PREFIX = '\0gql-document:';
  const documents = new Map<string, string>();
  return {
    name: 'partnerbook:split-generated-documents',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(PREFIX) ? id : null;
    },
    load(id) {
      if (id.startsWith(PREFIX)) return `export const ${id.slice(PREFIX.length)} = ${documents.get(id.slice(PREFIX.length))};`;
      if (path.resolve(id) !== generated) return null;
      const source = fs.readFileSync(generated, 'utf8');
      const exports: string[] = [];
      for (const [, name, document] of source.matchAll(
        /^export const (\w+) = (\{"kind":"Document".*\}) as unknown as DocumentNode<.*>;$/gm,
      )) {
        documents.set(name, document);
        exports.push(`export { ${name} } from ${JSON.stringify(PREFIX + name)};`);
      }
      // Anything else at run time in the generated file would be lost here: stop the build instead.
      const runtimeExports = source.match(/^export (const|function|class|enum|let|var) /gm)?.length ?? 0;
      if (runtimeExports !== exports.length)
        this.error(`${generated}: ${runtimeExports - exports.length} runtime exports are not documents`);
      return exports.join('\n');
    },
  };
}

export default defineConfig({
  root: __dirname,
  plugins: [splitGeneratedDocuments(), vue()],
  resolve: { alias: { '@partnerbook/shared': path.resolve(__dirname, '../shared/src/index.ts') } },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/exports': 'http://127.0.0.1:4000' } },
  build: { outDir: 'dist', emptyOutDir: true },
});
