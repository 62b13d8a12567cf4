// @ts-check
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', '.vscode-test/', 'test-results/', 'bench-results/', 'coverage/', '**/*.d.ts'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-namespace': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      // `npm run l10n` extracts the strings to translate from `l10n.t('…')` and `vscode.l10n.t('…')`: it sees
      // only a string literal, called on a variable named l10n (or on vscode.l10n).
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='t'][callee.object.name='l10n'][arguments.0.type!='Literal']",
          message: 'l10n.t takes the English message as a string literal (values go in {placeholders}), or `npm run l10n` cannot extract it.',
        },
        {
          selector: "CallExpression[callee.property.name='t'][callee.object.property.name='l10n'][callee.object.object.name='vscode'][arguments.0.type!='Literal']",
          message: 'vscode.l10n.t takes the English message as a string literal (values go in {placeholders}), or `npm run l10n` cannot extract it.',
        },
        {
          selector: "CallExpression[callee.property.name='t'][callee.object.property.name='l10n'][callee.object.object.name!='vscode']",
          message: 'Call t on a variable named l10n (`const l10n = this.l10n`), or `npm run l10n` does not find the string.',
        },
      ],
    },
  },
  {
    // The core understands the docs and nothing else: no editor, no LSP runtime, no file system.
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'The core must not use the editor API.' },
            { name: 'vscode-languageserver', message: 'The core uses LSP types only (vscode-languageserver-types).' },
            { name: 'vscode-languageserver/node', message: 'The core uses LSP types only (vscode-languageserver-types).' },
            { name: 'vscode-languageserver-protocol', message: 'The core uses LSP types only (vscode-languageserver-types).' },
            { name: 'fs', message: 'The core reads files through its workspace interface.' },
            { name: 'node:fs', message: 'The core reads files through its workspace interface.' },
            { name: 'fs/promises', message: 'The core reads files through its workspace interface.' },
            { name: 'node:fs/promises', message: 'The core reads files through its workspace interface.' },
            { name: 'child_process', message: 'The core runs nothing.' },
            { name: 'node:child_process', message: 'The core runs nothing.' },
          ],
          patterns: [{ group: ['**/client/**', '**/node/**', '../server', '../runSafe', '../settings'], message: 'The core depends on nothing outside it.' }],
        },
      ],
    },
  },
);
