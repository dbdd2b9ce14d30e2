import path from 'node:path';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  root: __dirname,
  plugins: [vue()],
  resolve: { alias: { '@partnerbook/shared': path.resolve(__dirname, '../shared/src/index.ts') } },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/exports': 'http://127.0.0.1:4000' } },
  build: { outDir: 'dist', emptyOutDir: true },
});
