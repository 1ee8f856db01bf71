import { ensureProductionBuild } from './build';

// `node bin/run-ts.mjs server/spfx-host/ensure-build.ts`: the first stage of `npm test`.
process.exitCode = ensureProductionBuild();
