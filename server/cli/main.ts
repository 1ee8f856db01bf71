import { parseArgs } from 'node:util';
import { langFromCulture } from '../../src/core/i18n/catalog';
import { type Command, type CommandContext, UserError } from './command';
import { COMMANDS } from './commands';
import { describeError } from './errors';

const GLOBAL_HELP = (commands: readonly Command[]): string =>
  [
    'tiekartta – Digitiekartta command line (Porvoo digital programme roadmap)',
    '',
    'Usage: tiekartta <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(15)} ${c.summary}`),
    '',
    'Every command takes --help and --json. Against a tenant, --auth azure-cli|device-code|certificate.'
  ].join('\n');

/** Runs one CLI invocation and returns its exit code. Never throws. */
export async function main(argv: string[], overrides: Partial<CommandContext> = {}): Promise<number> {
  const json = argv.includes('--json');
  const ctx: CommandContext = {
    lang: langFromCulture((overrides.env ?? process.env).LANG ?? 'en'),
    json,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
    now: () => new Date(),
    ...overrides
  };
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    ctx.out(GLOBAL_HELP(COMMANDS));
    return name ? 0 : 1;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    ctx.err(`tiekartta: unknown command "${name}". Run "tiekartta --help" for the list.`);
    return 1;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    ctx.out(command.help);
    return 0;
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { json: { type: 'boolean' }, ...command.options },
      allowPositionals: true,
      strict: true
    });
    return await command.run(values, positionals, ctx);
  } catch (error) {
    const message = error instanceof UserError ? error.message : describeError(error, ctx.lang);
    if (json) ctx.out(JSON.stringify({ error: message }));
    ctx.err(`tiekartta ${name}: ${message}`);
    if (process.env.TIEKARTTA_DEBUG && error instanceof Error && error.stack) ctx.err(error.stack);
    return 1;
  }
}
