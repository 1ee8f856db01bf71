import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, RELEASE_DIR } from './manifests';

/**
 * Whether `release/` (what `npm run build` writes for the CDN) holds a build of the current sources.
 * The SPFx runtime tests load those bundles; a missing or older build would test other code.
 */
export type BuildState = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Everything the production bundles are built from. */
const SOURCES = ['src', 'config', 'package.json', 'tsconfig.json'];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

export function productionBuildState(releaseDir: string = RELEASE_DIR): BuildState {
  const manifests = join(releaseDir, 'manifests');
  if (!existsSync(manifests) || readdirSync(manifests).length === 0) {
    return { ok: false, reason: `The production build is missing (${manifests}). Run \`npm run build\`: the SPFx runtime tests load the package's own bundles.` };
  }
  const built = Math.min(...readdirSync(manifests).map((f) => statSync(join(manifests, f)).mtimeMs));
  const changed = Math.max(...SOURCES.map((s) => join(REPO_ROOT, s)).filter(existsSync).map(newest));
  if (changed > built) {
    return { ok: false, reason: `The production build in ${releaseDir} is older than the sources. Run \`npm run build\` again before the SPFx runtime tests.` };
  }
  return { ok: true };
}

/** Runs `npm run build` when the production build is missing or stale (`npm test` does this first). */
export function ensureProductionBuild(): number {
  const state = productionBuildState();
  if (state.ok) {
    console.log('The production build is up to date.');
    return 0;
  }
  console.log(`${state.reason} Building it now (npm run build).`);
  return spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' }).status ?? 1;
}
