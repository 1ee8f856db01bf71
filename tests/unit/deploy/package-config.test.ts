import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodePng } from '../../support/png';

/**
 * What goes into the .sppkg and what a tenant admin sees in the app catalog stays real: no scaffold
 * leftovers, every web part named and described in Finnish and Swedish, every Teams host with its icons.
 */

const ROOT = join(__dirname, '..', '..', '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Localized {
  readonly default: string;
  readonly [culture: string]: string;
}

interface WebPartManifest {
  readonly id: string;
  readonly alias: string;
  readonly componentType: string;
  readonly supportedHosts?: readonly string[];
  readonly preconfiguredEntries: readonly { title: Localized; description: Localized; group?: Localized; officeFabricIconFontName?: string }[];
}

interface PackageSolution {
  readonly solution: {
    readonly name: string;
    readonly id: string;
    readonly version: string;
    readonly includeClientSideAssets: boolean;
    readonly skipFeatureDeployment: boolean;
    readonly developer: Readonly<Record<string, string>>;
    readonly metadata: { shortDescription: Localized; longDescription: Localized; categories: readonly string[] };
    readonly features: readonly { title: string; description: string; id: string; version: string }[];
  };
  readonly paths: { zippedPackage: string };
}

const packageSolution = JSON.parse(read('config/package-solution.json')) as PackageSolution;
const sppkgVersion = (JSON.parse(read('package.json')) as { devDependencies: Record<string, string> }).devDependencies['@microsoft/spfx-heft-plugins'];

const manifestFiles = readdirSync(join(ROOT, 'src', 'webparts')).flatMap((dir) =>
  readdirSync(join(ROOT, 'src', 'webparts', dir)).filter((f) => f.endsWith('.manifest.json')).map((f) => join('src', 'webparts', dir, f))
);
const manifests = manifestFiles.map((file) => ({ file, manifest: JSON.parse(read(file)) as WebPartManifest }));

/** Texts the SPFx generator and templates leave behind when nobody wrote the real ones. */
const PLACEHOLDERS: readonly RegExp[] = [
  /<!--|-->/, /\{\{[^}]*\}\}/, /\bTODO\b/i, /\blorem ipsum\b/i, /\bhello ?world\b/i, /^description$/i, /^\s*$/, /client-side-solution/i,
  /\bplaceholder\b/i, /^(My|Your) (web ?part|solution|app)\b/i
];

function strings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, path ? `${path}.${k}` : k, out);
  return out;
}

function placeholdersIn(file: string, json: unknown, allow: (path: string) => boolean = () => false): string[] {
  return strings(json, '')
    .filter(([path]) => !allow(path))
    .filter(([, value]) => PLACEHOLDERS.some((re) => re.test(value)))
    .map(([path, value]) => `${file}: ${path} = ${JSON.stringify(value)}`);
}

describe('config/package-solution.json', () => {
  const { solution } = packageSolution;

  it('names the solution, its id and a four-part version', () => {
    expect(solution.name).toBe('Digitiekartta');
    expect(solution.id).toMatch(GUID);
    expect(solution.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(packageSolution.paths.zippedPackage).toBe('solution/digitiekartta.sppkg');
  });

  it('deploys tenant-wide with its assets inside, as Teams needs', () => {
    expect(solution.skipFeatureDeployment).toBe(true);
    expect(solution.includeClientSideAssets).toBe(true);
  });

  it('carries the city as developer, with real https addresses', () => {
    expect(solution.developer.name).toContain('Porvoo');
    for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) expect(solution.developer[key]).toMatch(/^https:\/\/[^/]+\.[a-z]{2,}(\/|$)/);
    // The city has no Microsoft Partner Network id: the generator's "Undefined-<SPFx version>" is Microsoft's
    // marker for that (by design, sp-dev-docs#7316), and it must name the SPFx version actually used.
    expect(solution.developer.mpnId === '' || /^\d+$/.test(solution.developer.mpnId) || solution.developer.mpnId === `Undefined-${sppkgVersion}`).toBe(true);
  });

  it('describes the app for the app catalog in English, Finnish and Swedish', () => {
    for (const text of [solution.metadata.shortDescription, solution.metadata.longDescription]) {
      for (const culture of ['default', 'fi-FI', 'sv-SE']) expect(text[culture]?.length ?? 0).toBeGreaterThan(10);
      expect(text['fi-FI']).not.toBe(text.default);
      expect(text['sv-SE']).not.toBe(text.default);
    }
    expect(solution.metadata.categories.length).toBeGreaterThan(0);
  });

  it('has one feature, described, with the solution\'s version', () => {
    expect(solution.features).toHaveLength(1);
    const [feature] = solution.features;
    expect(feature.id).toMatch(GUID);
    expect(feature.id).not.toBe(solution.id);
    expect(feature.version).toBe(solution.version);
    expect(feature.title.length).toBeGreaterThan(3);
    expect(feature.description.length).toBeGreaterThan(10);
  });

  it('holds no placeholder text', () => {
    expect(placeholdersIn('config/package-solution.json', packageSolution, (path) => path === 'solution.developer.mpnId' || path === 'solution.metadata.videoUrl')).toEqual([]);
  });
});

describe('the web part manifests', () => {
  it('are all bundled (config/config.json) and nothing else is', () => {
    const config = JSON.parse(read('config/config.json')) as { bundles: Record<string, { components: { manifest: string }[] }> };
    const bundled = Object.values(config.bundles).flatMap((b) => b.components.map((c) => c.manifest.replace(/^\.\//, ''))).sort();
    expect(bundled).toEqual(manifestFiles.map((f) => f.split('\\').join('/')).sort());
  });

  it.each(manifests.map((m) => [m.file, m.manifest] as const))('%s: distinct id, title and description in en, fi-FI and sv-SE', (file, manifest) => {
    expect(manifest.id).toMatch(GUID);
    expect(manifest.componentType).toBe('WebPart');
    expect(manifest.preconfiguredEntries.length).toBeGreaterThan(0);
    for (const entry of manifest.preconfiguredEntries) {
      for (const text of [entry.title, entry.description]) {
        for (const culture of ['default', 'fi-FI', 'sv-SE']) expect([file, culture, (text[culture] ?? '').trim().length > 0]).toEqual([file, culture, true]);
      }
      expect(entry.description['fi-FI']).not.toBe(entry.description.default);
      expect(entry.description['sv-SE']).not.toBe(entry.description.default);
    }
    expect(placeholdersIn(file, manifest)).toEqual([]);
  });

  it('have different ids', () => {
    const ids = manifests.map((m) => m.manifest.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(manifests.map((m) => [m.file, m.manifest] as const))('%s: supported hosts the packager accepts', (_file, manifest) => {
    const hosts = manifest.supportedHosts ?? [];
    const known = ['SharePointWebPart', 'SharePointFullPage', 'TeamsTab', 'TeamsPersonalApp', 'TeamsMeetingApp'];
    for (const h of hosts) expect(known).toContain(h);
    // Heft's package-solution refuses TeamsMeetingApp together with another Teams host.
    expect(hosts.includes('TeamsMeetingApp') && (hosts.includes('TeamsTab') || hosts.includes('TeamsPersonalApp'))).toBe(false);
    expect(hosts).toContain('SharePointWebPart');
  });

  it.each(manifests.map((m) => [m.file, m.manifest] as const))('%s: Teams icons named by the web part id (192×192 colour, 32×32 outline)', (_file, manifest) => {
    const color = join(ROOT, 'teams', `${manifest.id}_color.png`);
    const outline = join(ROOT, 'teams', `${manifest.id}_outline.png`);
    expect([existsSync(color), existsSync(outline)]).toEqual([true, true]);
    const c = decodePng(readFileSync(color));
    const o = decodePng(readFileSync(outline));
    expect([c.width, c.height, o.width, o.height]).toEqual([192, 192, 32, 32]);
  });
});

describe('teams/', () => {
  it('holds only the Teams app template, its localisations and icons (it all goes into the .sppkg)', () => {
    const allowed = /^(manifest\.json|fi-fi\.json|sv-se\.json|TeamsSPFxApp\.zip|[0-9a-f-]{36}_(color|outline)\.png)$/;
    expect(readdirSync(join(ROOT, 'teams')).filter((f) => !allowed.test(f))).toEqual([]);
  });

  it('holds no placeholder text', () => {
    for (const file of ['manifest.json', 'fi-fi.json', 'sv-se.json']) {
      expect(placeholdersIn(`teams/${file}`, JSON.parse(read(join('teams', file))))).toEqual([]);
    }
  });
});
