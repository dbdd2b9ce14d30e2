import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = {
  // Money is an object type { amount: MinorUnits!, currency: CurrencyCode! }: MinorUnits is exact, a JSON number
  // while safe and a digit string beyond 2^53 − 1; Amount (MoneyInput's) is always a JSON integer.
  MinorUnits: { input: 'number | string', output: 'number | string' },
  Amount: { input: 'number', output: 'number' },
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
