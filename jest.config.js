// Jest for tests/ (unit, integration, e2e). TypeScript and the ESM-only PnPjs packages are
// transformed by SWC; Heft's own Jest (over lib/) is not used because src/ holds no tests.
const transform = {
  '^.+\\.(t|j|mj)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'classic' } },
        target: 'es2022'
      },
      module: { type: 'commonjs' }
    }
  ]
};
const common = {
  transform,
  // ESM-only packages (PnPjs; @azure/identity's proxy agents) become CommonJS through SWC like our own code.
  // mimetext: its ES build, as webpack and esbuild pick for an import (its CommonJS build requires an ESM
  // helper of @babel/runtime-corejs3 without interop); SWC makes both CommonJS here.
  // pptxgenjs loads node:fs with import(), which Jest's VM refuses without --experimental-vm-modules.
  transformIgnorePatterns: ['/node_modules/(?!(@pnp|pptxgenjs|mimetext|@babel/runtime-corejs3/helpers/esm|https-proxy-agent|http-proxy-agent|agent-base|proxy-agent-negotiate)/)'],
  moduleNameMapper: { '^mimetext/browser$': '<rootDir>/node_modules/mimetext/dist/mimetext.browser.es.js' },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  extensionsToTreatAsEsm: []
};

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/tests/unit/**/*.test.ts?(x)'] },
    { ...common, displayName: 'integration', testEnvironment: 'node', testMatch: ['<rootDir>/tests/integration/**/*.test.ts?(x)'] },
    { ...common, displayName: 'e2e', testEnvironment: 'node', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts?(x)'] }
  ]
};
