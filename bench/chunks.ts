import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What the browser fetches for one `import(/* webpackChunkName: 'x' *\/ …)` of the production build
 * (`npm run build` → dist/): webpack compiles each such import to `Promise.all([r.e(561), r.e(552)])`,
 * the named chunk and the chunks it needs (vendor chunks split off by splitChunks, e.g. ExcelJS). The
 * chunk ids come from the runtime's name map in the web part's entry bundle.
 */
export interface ChunkGroup {
  readonly name: string;
  readonly files: readonly string[];
  /** Gzipped bytes of every file of the group (level 9, as a server would send them at best). */
  readonly gzipBytes: number;
}

const js = (dist: string): string[] => readdirSync(dist).filter((f) => f.endsWith('.js'));

/** Chunk id → file in dist/: `chunk.<name or id>_<hash>.js`. */
function chunkFile(dist: string, names: ReadonlyMap<number, string>, id: number): string | undefined {
  const prefix = `chunk.${names.get(id) ?? id}_`;
  return js(dist).find((f) => f.startsWith(prefix));
}

/** The runtime's `{36:"status-report",552:"excel",…}` map, from every entry bundle in dist/. */
function chunkNames(dist: string): Map<number, string> {
  const names = new Map<number, string>();
  for (const file of js(dist).filter((f) => !f.startsWith('chunk.'))) {
    const text = readFileSync(join(dist, file), 'utf8');
    for (const map of text.matchAll(/"chunk\."\+\(\{([^}]*)\}/g)) {
      for (const entry of map[1].matchAll(/(\d+):"([^"]+)"/g)) names.set(Number(entry[1]), entry[2]);
    }
  }
  return names;
}

/** The chunks loaded together with the named chunk (the largest `import()` group that holds it). */
export function lazyChunkGroup(dist: string, name: string): ChunkGroup | undefined {
  if (!existsSync(dist)) return undefined;
  const names = chunkNames(dist);
  const id = [...names].find(([, n]) => n === name)?.[0];
  if (id === undefined) return undefined;
  let group: number[] = [id];
  for (const file of js(dist)) {
    const text = readFileSync(join(dist, file), 'utf8');
    for (const call of text.matchAll(/Promise\.all\(\[((?:\w+\.e\(\d+\),?)+)\]\)/g)) {
      const ids = [...call[1].matchAll(/\.e\((\d+)\)/g)].map((m) => Number(m[1]));
      if (ids.indexOf(id) >= 0 && ids.length > group.length) group = ids;
    }
  }
  const files = group.map((g) => chunkFile(dist, names, g));
  if (files.some((f) => f === undefined)) return undefined;
  const present = files as string[];
  return { name, files: present, gzipBytes: present.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0) };
}
