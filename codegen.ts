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
// .graphql file per operation beside the module that uses it) and the integrators' worked example
// in docs/api.md (docs/examples/typed-client/), which `npm test` compiles and runs.
const config: CodegenConfig = {
  schema: 'server/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'docs/examples/typed-client/gql/': {
      documents: ['docs/examples/typed-client/*.graphql'],
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
