// ESLint gate (run by `npm run lint`, part of `npm test`). Formatting belongs to Prettier
// (eslint-config-prettier comes last); this file is about correctness.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import vueParser from 'vue-eslint-parser';

const tsconfigs = ['./shared/tsconfig.json', './server/tsconfig.json', './test/tsconfig.json', './portal/tsconfig.json'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/coverage/',
      'test-results/',
      '.data/',
      'portal/src/gql/',
      'server/schema.graphql',
      'bench/results*',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,mts,vue}'],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: {
        project: tsconfigs,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.vue'],
      },
    },
    rules: {
      // Numbers (counts, amounts in minor units, ports) print fine in messages and logs.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // type-graphql object/input types are plain data classes built as object literals by design.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      // noUncheckedIndexedAccess is off, so `!` marks a lookup the code has just guaranteed; a throw there would be dead code.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `() => doSomething()` callbacks (Vue handlers, test hooks) are idiomatic; the rule still checks `return voidCall()`.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: {
      // GraphQL responses in tests are untyped JSON (`any`) until the tests get typed documents (issue 10 §4).
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['portal/**/*.vue'],
    extends: [...vue.configs['flat/recommended']],
    languageOptions: {
      parser: vueParser,
      globals: { ...globals.browser },
      parserOptions: {
        parser: tseslint.parser,
        project: tsconfigs,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.vue'],
        sourceType: 'module',
      },
    },
    rules: {
      // A type imported from another .vue file is an error type to typescript-eslint (its program cannot read SFCs);
      // vue-tsc in `npm run typecheck` checks those, so only the unsafe-any rules are off here.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // Root tool configs belong to no tsconfig: lint them without type information.
    files: ['codegen.ts', 'vitest.config.mts'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  prettier,
);
