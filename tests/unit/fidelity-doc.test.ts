import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * server/emulator/FIDELITY.md promises that every row saying "same" (as SharePoint) names a test that
 * proves it. This keeps the promise: each such row names at least one test, and each named test exists.
 */

const ROOT = join(__dirname, '..', '..');
const DOC = readFileSync(join(ROOT, 'server', 'emulator', 'FIDELITY.md'), 'utf8');

/** `site/fidelity` → tests/integration/site/fidelity.test.ts, `emulator-pnp` → tests/integration/emulator-pnp.test.ts. */
const testFile = (alias: string): string => join(ROOT, 'tests', 'integration', `${alias}.test.ts`);

/** The cells of a Markdown table row (`\|` inside a cell is a pipe, not a border). */
function cells(row: string): string[] {
  return row.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((c) => c.trim());
}

/** `file` › test name; more references are separated by `;`. */
function references(cell: string): { file: string; name: string }[] {
  return [...cell.matchAll(/`([\w/-]+)` › ([^;]+)/g)].map((m) => ({ file: m[1], name: m[2].trim() }));
}

const sameRows = DOC.split('\n').filter((l) => l.startsWith('|') && !/^\|[-| ]+\|$/.test(l)).map(cells).filter((c) => c.includes('same'));

describe('FIDELITY.md', () => {
  it('has rows that say "same as SharePoint"', () => {
    expect(sameRows.length).toBeGreaterThan(25);
  });

  it.each(sameRows.map((c) => [c[0], c]))('names an existing test for “%s”', (_row, row) => {
    const refs = references((row as string[])[(row as string[]).length - 1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const { file, name } of refs) {
      const path = testFile(file);
      expect({ file, exists: existsSync(path) }).toEqual({ file, exists: true });
      const source = readFileSync(path, 'utf8').replace(/\\'/g, "'");
      expect({ file, name, found: source.includes(`'${name}'`) || source.includes(`"${name}"`) }).toEqual({ file, name, found: true });
    }
  });
});
