import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS } from '../../server/cli/commands';
import { main } from '../../server/cli/main';

/**
 * The commands the README and the docs show must work word for word: every `npm run X` is a script,
 * every bench area exists, every `tiekartta <command>` is a command, and every option written next to it
 * is one the command takes and explains in its `--help`.
 */
const ROOT = join(__dirname, '../..');
const DOCS = ['README.md', 'server/workbench/README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const text = (file: string): string => readFileSync(join(ROOT, file), 'utf8');
const scripts = Object.keys((JSON.parse(text('package.json')) as { scripts: Record<string, string> }).scripts);
const GLOBAL_OPTIONS = ['--json', '--lang', '--help'];

/** `tiekartta <command> …` as written in a doc: in code, in a table row of the README, after npx. */
function tiekarttaUses(doc: string): { command: string; options: string[]; line: string }[] {
  const uses: { command: string; options: string[]; line: string }[] = [];
  for (const line of doc.split('\n')) {
    // The README's command table: | `export --site URL --out F.xlsx […]` | what |
    const row = /^\|\s*`([a-z-]+)((?:\s[^`]*)?)`\s*\|/.exec(line);
    if (row && COMMANDS.some((c) => c.name === row[1])) uses.push({ command: row[1], options: row[2].match(/--[a-z][a-z-]*/g) ?? [], line });
    for (const m of line.matchAll(/(?:npx )?tiekartta ([a-z][a-z-]+)((?:\s+(?:--[a-z-]+|"[^"]*"|'[^']*'|[^\s`|#;]+))*)/g)) {
      if (!COMMANDS.some((c) => c.name === m[1]) && !/^\s*npx/.test(line.slice(0, m.index))) continue;
      uses.push({ command: m[1], options: m[2].match(/--[a-z][a-z-]*/g) ?? [], line });
    }
  }
  return uses;
}

describe.each(DOCS)('the commands in %s', (file) => {
  const doc = text(file);

  it('run scripts that exist', () => {
    const used = [...doc.matchAll(/npm run ([a-z]+(?::[a-z]+)*)/g)].map((m) => m[1]);
    expect(used.filter((s) => !scripts.includes(s))).toEqual([]);
    if (/npm test\b/.test(doc)) expect(scripts).toContain('test');
  });

  it('use tiekartta commands and options that exist, each explained in --help', async () => {
    for (const use of tiekarttaUses(doc)) {
      const command = COMMANDS.find((c) => c.name === use.command);
      expect([use.line, command?.name]).toEqual([use.line, use.command]);
      if (!command) continue;
      const out: string[] = [];
      expect(await main([use.command, '--help', '--lang', 'en'], { out: (l) => out.push(l), err: () => undefined, env: {} })).toBe(0);
      const help = out.join('\n');
      for (const option of use.options) {
        const known = GLOBAL_OPTIONS.includes(option) || Object.keys(command.options).includes(option.slice(2));
        expect([use.line, option, known, option === '--help' || help.includes(option)]).toEqual([use.line, option, true, true]);
      }
    }
  });
});

describe('the README', () => {
  it('names bench areas that exist', () => {
    for (const m of text('README.md').matchAll(/npm run bench -- ([a-z ]+)/g)) {
      for (const area of m[1].trim().split(/\s+/)) expect([area, existsSync(join(ROOT, 'bench', `${area}.ts`))]).toEqual([area, true]);
    }
  });

  it('lists every tiekartta command in its command table', () => {
    const table = tiekarttaUses(text('README.md')).filter((u) => u.line.startsWith('|')).map((u) => u.command);
    expect([...new Set(table)].sort()).toEqual(COMMANDS.map((c) => c.name).sort());
  });

  it('points at files that exist (.ci/run, the docs it links)', () => {
    const readme = text('README.md');
    expect(existsSync(join(ROOT, '.ci/run'))).toBe(true);
    for (const m of readme.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)) expect([m[1], existsSync(join(ROOT, m[1]))]).toEqual([m[1], true]);
  });
});
