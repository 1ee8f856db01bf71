#!/usr/bin/env node
// The `tiekartta` command: the TypeScript CLI in server/cli, run through tsx.
import { register } from 'tsx/esm/api';
import { register as registerCjs } from 'tsx/cjs/api';

register();
registerCjs();
const { main } = await import('../server/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
