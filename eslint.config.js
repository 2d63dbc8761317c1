// ESLint flat config: typescript-eslint's type-checked rules over the whole project.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // *.generated.ts: written by a generator (src/policy/validate-policy.generated.ts: npm run
  // gen), checked by a test that regenerates it; not hand-written, not linted.
  { ignores: ['dist/**', 'node_modules/**', 'plugin/build/**', 'plugin/rootfs/**', '.bench/**', 'coverage/**', '**/*.js', '**/*.mjs', 'src/**/*.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: true }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
