import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** One-way imports (shared/CONVENTIONS.md): ui/scene → app → domain, and server → domain. */
const layer = (from, banned, extra = []) => ({
  files: [`src/${from}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...banned.map((target) => ({
            group: [`**/${target}/*`, `**/${target}`],
            message: `src/${from} must not import from src/${target}: imports go ui/scene → app → domain, and server → domain.`,
          })),
          ...extra,
        ],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'test-results/', 'test-results-*/', 'playwright-report/', 'catalog/schema/', '.data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  layer('domain', ['app', 'ui', 'scene', 'cli', 'server'], [
    { group: ['react', 'react-dom', 'react/*', 'three', 'three/*', '@react-three/*', 'xstate', 'xstate/*', '@xstate/*', 'zustand', 'zustand/*'], message: 'src/domain is pure TypeScript: no React, three, XState or zustand.' },
  ]),
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass a clock into the domain instead.' },
        { object: 'Math', property: 'random', message: 'Pass randomness or ids into the domain instead.' },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'The domain does no I/O.' }, { name: 'document', message: 'The domain has no DOM.' }, { name: 'window', message: 'The domain has no DOM.' }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'new Date() reads the clock: pass the time in.' }],
    },
  },
  layer('app', ['ui', 'scene', 'cli', 'server'], [{ group: ['three', 'three/*', '@react-three/*'], message: 'three.js belongs to src/scene.' }]),
  // The UI reaches the scene only through a lazy import() (a separate chunk), never statically.
  layer('ui', ['scene', 'cli', 'server'], [{ group: ['three', 'three/*', '@react-three/*'], message: 'three.js belongs to src/scene (lazy chunk).' }]),
  layer('scene', ['ui', 'app', 'cli', 'server']),
  // The order service (Node) shares the domain with the app, never the browser code.
  layer('server', ['ui', 'scene', 'app'], [
    { group: ['react', 'react-dom', 'react/*', 'three', 'three/*', '@react-three/*', 'xstate', 'xstate/*', '@xstate/*', 'zustand', 'zustand/*'], message: 'src/server runs in Node: no React, three, XState or zustand.' },
  ]),
);
