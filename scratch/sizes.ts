import { initialBundleFigures } from '../bench/ui';
// The web parts' initial JavaScript from dist/ (builds first if dist is older than src).
for (const f of initialBundleFigures()) console.log(JSON.stringify(f));
