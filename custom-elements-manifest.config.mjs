// @custom-elements-manifest/analyzer: custom-elements.json from the elements' JSDoc (npm run build runs it).
export default {
  globs: ['src/core/gating/consent-gate.ts', 'src/ui/cookie-consent/cookie-consent.ts', 'src/ui/floating-button/floating-button.ts', 'src/ui/cookie-declaration/cookie-declaration.ts'],
  outdir: '.',
  packagejson: false,
};
