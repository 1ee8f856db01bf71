import type { Command } from '../command';
import { provisionCommand } from './provision';
import { seedCommand } from './seed';

/** Every `tiekartta` command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [provisionCommand, seedCommand];
