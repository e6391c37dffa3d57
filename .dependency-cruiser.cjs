/**
 * dependency-cruiser (npm run check:deps): src/ has no import cycle, type-only imports included (a type that goes
 * round in a circle ties the modules as much as a value does). Parsed with swc: the TypeScript in use (7, native)
 * has no JavaScript API for dependency-cruiser to use.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'An import cycle: the modules cannot be read, tested or loaded alone (see README, Architecture).',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'core-without-ui',
      severity: 'error',
      comment: 'The framework-free core never imports the UI or Lit, not even a type: what the UI is handed is declared in core/lazy.ts.',
      from: { path: '^src/core/' },
      to: { path: '^src/ui/|node_modules/(lit|lit-html|@lit)/' },
    },
  ],
  options: {
    parser: 'swc',
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$|^src/testing/' },
    moduleSystems: ['es6'],
  },
};
