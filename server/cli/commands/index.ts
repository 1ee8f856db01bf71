import type { Command } from '../command';
import { provisionCommand } from './provision';
import { seedCommand } from './seed';
import { reportCommand } from './report';
import { publishCommand } from './publish';

/** Every `tiekartta` command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [provisionCommand, seedCommand, reportCommand, publishCommand];
