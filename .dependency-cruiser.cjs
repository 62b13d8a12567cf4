// The import graph's rules, checked by `npm run lint` (`depcruise`): no cycles anywhere, and
// nothing from the core outward. The core's own TypeScript project (server/src/core/tsconfig.json)
// already fails the build on the latter; this names the offending edge.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A helper two modules need goes into a third module, not into one of the two (STYLE.md 11).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-stays-pure',
      severity: 'error',
      comment: 'The core reads files through its workspace interface and knows no editor, LSP runtime, server, CLI or client.',
      from: { path: '^server/src/core/' },
      to: {
        pathNot: ['^server/src/core/', '^node_modules/(vscode-languageserver-types|vscode-uri|parse5|markdown-it|markdown-it-github-alerts|gray-matter|entities|@types/)'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.depcruise.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['types', 'import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.d.ts'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
