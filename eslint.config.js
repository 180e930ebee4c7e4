// @ts-check
/**
 * ESLint: the recommended rules of ESLint, typescript-eslint (type-aware: a promise nobody awaits or
 * handles, an `any` that leaks, a needless assertion) and eslint-plugin-astro, a few more that catch what
 * review would, and the boundaries between the code that runs in the browser, at build time, and in
 * both. Formatting is Prettier's (npm run lint runs both); nothing here overlaps it.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Imports a folder may not make at run time (a type, erased in the build, may cross).
 * @param {{ group: string[]; message: string }[]} patterns
 * @returns {import('eslint').Linter.RulesRecord}
 */
const forbid = (patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns: patterns.map((pattern) => ({ ...pattern, allowTypeImports: true })) }],
});
const NODE = { group: ['node:*', 'fs', 'path', 'url', 'child_process'], message: 'Node modules do not run in the browser.' };

export default defineConfig(
  // Generated: the build's output, Astro's cache, the split's collections and model.
  { ignores: ['dist/', '.astro/', 'content/split/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
  astro.configs.recommended,
  // The components are thin templates and the configuration files plain JavaScript: their rules need no types.
  // A component's <script> is linted as a file of its own (X.astro/1_1.ts): an import of the browser code,
  // which is linted with types where it is written. Linted with types, these few lines of imports made ESLint
  // take 27 s instead of 18 s on two cores.
  { files: ['**/*.astro', '**/*.astro/*.ts', '**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
  { ignores: ['src/client/**', 'src/shared/**'], languageOptions: { globals: globals.node } },
  {
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
  // src/client/ runs in the browser: it uses what src/shared/ declares, never the build's code.
  {
    files: ['src/client/**'],
    languageOptions: { globals: globals.browser },
    rules: forbid([NODE, { group: ['**/lib/**', '**/markdown/**', '**/pages/**'], message: 'Browser code may import src/shared/ only.' }]),
  },
  // src/shared/ runs in both: it depends on neither side.
  {
    files: ['src/shared/**'],
    languageOptions: { globals: globals['shared-node-browser'] },
    rules: forbid([
      NODE,
      { group: ['**/lib/**', '**/client/**', '**/markdown/**'], message: 'Shared code depends on neither the build nor the browser.' },
    ]),
  },
  // The build (src/lib/, the Markdown plugins, the pages and scripts) never imports the browser's code; the pages load it by <script>.
  {
    files: ['src/lib/**', 'src/markdown/**', 'src/pages/**', 'src/layouts/**', 'scripts/**'],
    rules: forbid([{ group: ['**/client/**'], message: 'The build does not import browser code.' }]),
  },
  // Browser code in the tests' page.evaluate() callbacks runs in the page.
  { files: ['tests/**'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
