import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the portal, generated from the committed SDL (server/schema.graphql).
// One .graphql file per operation lives beside the module that uses it.
const config: CodegenConfig = {
  schema: 'server/schema.graphql',
  documents: ['portal/src/**/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    'portal/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          Money: '{ amount: number | string; currency: string }',
          MoneyBalance: '{ amount: number | string; currency: string }',
          DateTimeISO: 'string',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
