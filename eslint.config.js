// @ts-check
/**
 * ESLint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro, and a few more
 * that catch what review would: unused code, loose equality, a forgotten await on a promise handled
 * nowhere. Formatting is Prettier's (npm run lint runs both); nothing here overlaps it.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Generated: the build's output, Astro's cache, the split's collections.
  { ignores: ['dist/', '.astro/', 'content/split/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Build scripts and tests run in Node, src/client/ in the browser; src/lib/ is shared by both.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['log', 'error'] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
);
