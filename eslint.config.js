// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What the pure packages must never import: I/O, UI and runtime frameworks (STYLE.md rule 1). */
const impureModules = [
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'events',
  'worker_threads',
  'react',
  'react-dom',
  'drizzle-orm',
  'postgres',
  'hono',
];
const impurePatterns = [
  'node:*',
  'fs/*',
  'react/*',
  'react-dom/*',
  'drizzle-orm/*',
  '@electric-sql/*',
  '@temporalio/*',
  'hono/*',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      'coverage/**',
      '**/*.schema.json',
      'test-artifacts/**',
      // Plain ESM that registers tsx in a worker thread (it cannot be TypeScript itself).
      'apps/runtime/src/simulation/boot.mjs',
      // Plain ESM preloaded into a worker process by NODE_OPTIONS (before tsx is registered).
      'bench/lib/memory-report.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['vitest.config.ts', 'tandem.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.es2022 },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportAllDeclaration',
          message: 'No `export *`: name what the package exports.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@tandem/*/src/*', '@tandem/*/src'],
              message: 'Import a package through its index (no deep imports across packages).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/dsl/src/**/*.ts', 'packages/nodes/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: impureModules.map((name) => ({
            name,
            message:
              'packages/dsl and packages/nodes are pure: no Node builtins, React, drizzle or Temporal.',
          })),
          patterns: [
            {
              group: impurePatterns,
              message:
                'packages/dsl and packages/nodes are pure: no Node builtins, React, drizzle or Temporal.',
            },
            {
              group: ['@tandem/*/src/*', '@tandem/*/src'],
              message: 'Import a package through its index (no deep imports across packages).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'process',
        'Buffer',
        'require',
        '__dirname',
        'window',
        'document',
      ],
    },
  },
  {
    files: [
      'scripts/**/*.mjs',
      'eslint.config.js',
      '**/*.config.ts',
      'apps/runtime/**/*.ts',
      'bench/**/*.ts',
      'packages/*/scripts/**/*.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['scripts/**/*.mjs', 'scripts/**/*.d.mts', 'eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  // Every Temporal client and worker of the runtime encrypts its payloads (docs/security.md):
  // they are built in one place each, with the keys.
  {
    files: ['apps/runtime/src/**/*.ts'],
    ignores: ['apps/runtime/src/temporal-client.ts', 'apps/runtime/src/worker.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportAllDeclaration',
          message: 'No `export *`: name what the package exports.',
        },
        {
          selector: "NewExpression[callee.name='Client']",
          message: 'Build Temporal clients with journeyClient() (temporal-client.ts): it encrypts.',
        },
        {
          selector: "CallExpression[callee.object.name='Worker'][callee.property.name='create']",
          message: 'Build workers with createJourneyWorker() (worker.ts): it encrypts.',
        },
      ],
    },
  },
  // CommonJS modules that Temporal's SDK loads by path with require() (failure-converter.cjs).
  {
    files: ['**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      sourceType: 'commonjs',
      globals: { ...globals.node },
    },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  // --- apps/editor (React): hooks rules, browser globals; its e2e tests and configs run in Node.
  {
    files: ['apps/editor/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['apps/editor/e2e/**/*.ts', 'apps/editor/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
