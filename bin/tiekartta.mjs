#!/usr/bin/env node
// The `tiekartta` command: the TypeScript CLI in server/cli, run through tsx.
import { register } from 'tsx/esm/api';
import { register as registerCjs } from 'tsx/cjs/api';

register();
registerCjs();
// Some Node/tsx pairs hand a CommonJS-compiled module to `import()` as its default export only.
const cli = await import('../server/cli/main.ts');
const main = cli.main ?? cli.default.main;
process.exitCode = await main(process.argv.slice(2));
