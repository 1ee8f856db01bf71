import { parseArgs } from 'node:util';
import { format, type Lang } from '../../src/core/i18n/catalog';
import { cliMessageOf, cliText, type CliMessage } from '../../src/core/i18n/cli';
import { CLI_HELP } from '../../src/core/i18n/cliHelp';
import { type Command, type CommandContext, LocalisedUserError } from './command';
import { COMMANDS } from './commands';
import { describeError } from './errors';
import { helpText } from './help';
import { runLanguage } from './lang';

function globalHelp(commands: readonly Command[], lang: Lang): string {
  const lines = commands.map((c) => `  ${c.name.padEnd(15)} ${CLI_HELP[lang][c.summary]}`);
  return format(CLI_HELP[lang].global, { commands: lines.join('\n') });
}

/** Node's parseArgs errors, by their codes, as the CLI's own messages. */
function parseArgsMessage(error: unknown, command: string): CliMessage | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  const message = String((error as { message?: unknown } | null)?.message ?? '');
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { key: 'unknownOption', values: { option, command } };
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return { key: /does not take an argument/.test(message) ? 'optionTakesNoValue' : 'optionNeedsValue', values: { option } };
  }
  return undefined;
}

/** Runs one CLI invocation and returns its exit code. Never throws. */
export async function main(argv: string[], overrides: Partial<CommandContext> = {}): Promise<number> {
  const json = argv.includes('--json');
  const env = overrides.env ?? process.env;
  const language = runLanguage(argv, env, overrides.lang);
  const ctx: CommandContext = {
    json,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    env,
    now: () => new Date(),
    ...overrides,
    lang: language.lang
  };
  // `tiekartta --lang sv export …` as well as `tiekartta export … --lang sv`.
  const args = argv[0] === '--lang' ? argv.slice(2) : argv[0]?.startsWith('--lang=') ? argv.slice(1) : argv;
  const [name, ...rest] = args;
  const fail = (prefix: string, message: string): number => {
    if (json) ctx.out(JSON.stringify({ error: message }));
    ctx.err(`${prefix}: ${message}`);
    return 1;
  };
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    ctx.out(globalHelp(COMMANDS, ctx.lang));
    return name ? 0 : 1;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) return fail('tiekartta', cliText(ctx.lang, { key: 'unknownCommand', values: { name } }));
  if (rest.includes('--help') || rest.includes('-h')) {
    ctx.out(helpText(command, ctx.lang));
    return 0;
  }
  const prefix = `tiekartta ${name}`;
  if (language.invalid !== undefined) return fail(prefix, cliText(ctx.lang, { key: 'langInvalid', values: { value: language.invalid } }));
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { json: { type: 'boolean' }, lang: { type: 'string' }, ...command.options },
      allowPositionals: true,
      strict: true
    });
    return await command.run(values, positionals, ctx);
  } catch (error) {
    const known = cliMessageOf(error) ?? parseArgsMessage(error, name);
    const message = known ? cliText(ctx.lang, known) : error instanceof LocalisedUserError ? error.message : describeError(error, ctx.lang);
    if (env.TIEKARTTA_DEBUG && error instanceof Error && error.stack) ctx.err(error.stack);
    return fail(prefix, message);
  }
}
