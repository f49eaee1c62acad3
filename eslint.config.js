// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Synchronous adapters implement the async storage port on purpose.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      'no-restricted-properties': [
        'error',
        { object: 'describe', property: 'only', message: 'Focused tests must not be committed.' },
        { object: 'it', property: 'only', message: 'Focused tests must not be committed.' },
        { object: 'test', property: 'only', message: 'Focused tests must not be committed.' },
      ],
    },
  },
  {
    // shared/ is imported by the browser and the server: keep it free of both.
    files: ['shared/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'express', 'socket.io', 'mongoose', 'better-sqlite3', 'ws', 'pino*', 'react', 'react-dom'], message: 'shared/ must stay free of server and DOM code.' },
            { group: ['@carehuddle/server', '@carehuddle/client', '../../server/*', '../../client/*'], message: 'shared/ must not import other packages.' },
          ],
        },
      ],
    },
  },
  {
    // Domain logic is transport- and storage-free.
    files: ['server/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['express', 'socket.io', 'mongoose', 'better-sqlite3', 'ws', '**/http/**', '**/realtime/**', '**/storage/sqlite/**', '**/storage/mongo/**'], message: 'Domain code imports no transport or storage adapter.' }] },
      ],
    },
  },
  {
    // Tests read JSON responses, which are untyped by nature; assertions check their shape.
    files: ['test/**/*.ts', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
