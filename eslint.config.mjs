// ESLint: typed rules (typescript-eslint's recommendedTypeChecked, each file checked with the types of its nearest
// tsconfig.json), Astro's recommended rules for .astro files, and the dependency rule below. Formatting is Prettier's
// job: eslint-config-prettier, last, turns off every rule that would disagree with it.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The dependency rule: tests may import anything; src/ and scripts/ never import from tests/; src/ (the site and its
 * browser code) never imports from scripts/ (the Node tools), though scripts/ may import from src/. Import paths are
 * relative, so the rule for src/ is written per folder depth: from src/lib/x.ts the root scripts/ is ../../scripts/,
 * while ../scripts/ is src/scripts/, the browser code.
 */
const notFromTests = {
  group: ['**/tests/**', 'tests/**'],
  message: 'only tests import from tests/: move what is shared to scripts/lib/ or src/lib/',
};
const notFromScripts = (depth) => ({
  regex: `^(\\.\\./){${depth + 1}}scripts/`,
  message: 'the site does not import the Node scripts of scripts/: move what both use to src/lib/',
});
const dependencyRule = [
  {
    files: ['scripts/**', 'src/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [notFromTests] }] },
  },
  ...[0, 1, 2, 3, 4, 5].map((depth) => ({
    files: [`src/${'*/'.repeat(depth)}*`],
    rules: { 'no-restricted-imports': ['error', { patterns: [notFromTests, notFromScripts(depth)] }] },
  })),
];

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'scratch/',
      'content/',
      'tests/fixtures/',
      'tests/normalizer/fixtures/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs['flat/recommended'],
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `const { text: _text, ...rest } = record` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.astro'],
    languageOptions: {
      // astro-eslint-parser has no projectService; project: true also takes each file's nearest tsconfig.json.
      parserOptions: { parser: tseslint.parser, projectService: false, project: true, extraFileExtensions: ['.astro'] },
    },
  },
  {
    // Plain JavaScript configuration files are not part of any tsconfig.
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: globals.node },
  },
  ...dependencyRule,
  prettier,
);
