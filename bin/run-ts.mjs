#!/usr/bin/env node
// Runs a TypeScript entry point of the Node side (CLI, emulator, benchmarks) through tsx.
import { register } from 'tsx/esm/api';
import { register as registerCjs } from 'tsx/cjs/api';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

register();
registerCjs();
const [entry, ...rest] = process.argv.slice(2);
process.argv = [process.argv[0], entry, ...rest];
await import(pathToFileURL(resolve(entry)).href);
