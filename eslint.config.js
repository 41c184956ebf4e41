// Lint gates for `npm test`: the recommended rules of ESLint, typescript-eslint and the Astro plugin,
// unused code as errors, and the runtime boundary: browser elements must not pull in Node or Zod.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      '.cache/',
      'node_modules/',
      'test-results/',
      'public/',
      'scripts/bench/bare/content/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[source.value=/^\\.\\.?\\/.*tests\\//]',
          message: 'scripts/ and src/ must not import from tests/.',
        },
      ],
    },
  },
  {
    // Custom elements run in the reader's browser: no Node built-ins, and no Zod (it would ship the
    // whole schema library to every page). tests/unit/browser-imports.test.ts checks the same for
    // everything an element imports, transitively.
    files: ['src/elements/**/*.ts'],
    ignores: ['src/elements/vs-entry-form.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'Browser code cannot use Node built-ins.' },
            {
              group: ['zod', 'zod/*', 'astro/zod'],
              message: 'Keep Zod out of browser code; import plain data or types.',
            },
          ],
        },
      ],
    },
  },
);
