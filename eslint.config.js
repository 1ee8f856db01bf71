// ESLint 9 flat config: the SPFx React profile, applied to the browser code Heft lints.
const spfxReact = require('@microsoft/eslint-config-spfx/lib/flat-profiles/react');

module.exports = [
  ...(Array.isArray(spfxReact) ? spfxReact : [spfxReact]),
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: __dirname } },
    rules: {
      // SharePoint REST represents an empty field as null, and the domain types mirror it on purpose.
      '@rushstack/no-new-null': 'off'
    }
  }
];
