// Lint rules, including the layering: the engine imports nothing of ours; policies import only the
// engine; apps are never imported by packages or policies.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', '**/dist/**', '.data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['packages/engine/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', '@rencai/*', '../../*'], message: '规则引擎是纯计算层，不得有 I/O 或依赖上层模块' }] }],
    },
  },
  {
    files: ['policies/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['@rencai/server', '@rencai/cli', '**/apps/**'], message: '政策包不得依赖应用层' }] }] },
  },
);
