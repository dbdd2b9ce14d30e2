import path from 'node:path';
import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

const root = __dirname;
const alias = [{ find: '@partnerbook/shared', replacement: path.join(root, 'shared/src/index.ts') }];
// TypeORM and type-graphql read decorator metadata (design:type), which Oxc emits only when told.
const oxc = { decorator: { legacy: true, emitDecoratorMetadata: true } } as const;

export default defineConfig({
  resolve: { alias },
  oxc,
  test: {
    env: {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      // Cheaper password hashing keeps hundreds of test logins fast; production uses N=2^17.
      PASSWORD_SCRYPT_LOG_N: '12',
      // Budgets charged by measured database time would depend on the machine's speed: the tests that
      // cover that charge turn it on with a stopwatch they drive.
      RATE_LIMIT_POINTS_PER_DATABASE_SECOND: '0',
    },
    // One graphql instance: let Vite resolve graphql and everything built on it the same way.
    server: {
      deps: {
        inline: [
          'graphql',
          'type-graphql',
          'graphql-query-complexity',
          'graphql-scalars',
          /@apollo\//,
          '@as-integrations/express5',
          /@graphql-tools\//,
        ],
      },
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['shared/src/**/*.spec.ts', 'server/src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'api',
          include: ['test/api/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          // Timeouts only catch hangs: tests do a fixed amount of work, which a loaded CI machine may take long over.
          testTimeout: 300_000,
          hookTimeout: 300_000,
          pool: 'forks',
        },
      },
      {
        extends: true,
        plugins: [vue()],
        test: { name: 'portal', include: ['portal/src/**/*.spec.ts'], environment: 'happy-dom' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          env: { PORTAL_DIR: path.join(root, 'portal/dist') },
          testTimeout: 180_000,
          hookTimeout: 180_000,
          pool: 'forks',
          fileParallelism: false,
        },
      },
    ],
  },
});
