import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = {
  Money: '{ amount: number | string; currency: string }',
  MoneyBalance: '{ amount: number | string; currency: string }',
  DateTimeISO: 'string',
  JSONObject: 'Record<string, unknown>',
  UUID: 'string',
  CurrencyCode: 'string',
};

// Typed documents, generated from the committed SDL (server/schema.graphql): the portal's (one
// .graphql file per operation beside the module that uses it), the integrators' worked example
// in docs/api.md (docs/examples/typed-client/), which `npm test` compiles and runs, and the API
// tests' (`graphql(`...`)` calls in test/**/*.ts, imported from test/gql/; TestApp.gql types its
// answer and variables from them).
const config: CodegenConfig = {
  schema: 'server/schema.graphql',
  ignoreNoDocuments: true,
  // Only `graphql(...)` calls are documents: the tests' string helpers (`app.gql(...)`, a local `gql(...)`) are not.
  pluckConfig: { skipIndent: true, globalGqlIdentifierName: 'graphql' },
  generates: {
    'docs/examples/typed-client/gql/': {
      documents: ['docs/examples/typed-client/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars },
    },
    'test/gql/': {
      documents: ['test/**/*.ts', '!test/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars },
    },
    'portal/src/gql/': {
      documents: ['portal/src/**/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars,
      },
    },
  },
};

export default config;
