import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../..');
const CORE = join(ROOT, 'src/core');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []
  );
}

/** Every module specifier a file imports or re-exports, types included. */
function specifiers(text: string): string[] {
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/g), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]);
}

describe('the functional core', () => {
  it('imports nothing from the adapters (src/data, src/excel, src/report, components, web parts, server), types included', () => {
    const offending = sources(CORE).flatMap((file) =>
      specifiers(readFileSync(file, 'utf8'))
        .filter((s) => s.startsWith('.') && !join(file, '..', s).startsWith(CORE))
        .map((s) => `${relative(ROOT, file)} → ${s}`)
    );
    expect(offending).toEqual([]);
  });
});
