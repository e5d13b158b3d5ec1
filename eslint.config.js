import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.angular/**',
      '**/.turbo/**',
      '**/*.vue',
      'apps/docs/.vitepress/cache/**',
      'apps/docs/.snippets/**',
      'apps/docs/reference/api/**',
      // Whole projects with their own dependencies and tsconfig: linted, type-checked and tested
      // inside the projects generated from them (tests/consumer/test/create.test.ts).
      'packages/create-wwe-kit/templates/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // pnpm loads .pnpmfile.cjs as CommonJS.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
  },
  {
    files: [
      '**/*.{js,mjs}',
      '**/bench/**',
      '**/scripts/**',
      '**/test/**',
      '**/*.test.ts',
      '**/e2e/**',
    ],
    rules: { 'no-console': 'off' },
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        performance: 'readonly',
        window: 'readonly',
        document: 'readonly',
      },
    },
  },
);
