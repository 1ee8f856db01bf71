import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The component manifests the SPFx loader gets on a page (preloadedData.manifests), and the files behind
 * them: the framework packages' own `dist/<id>.manifest.json` from node_modules, manifests for what the
 * loader assembly bundles without shipping a manifest, the stand-ins for what npm does not ship, React,
 * the Graph client, and our web parts' manifests from `release/manifests` (the production build).
 */
export const REPO_ROOT = join(__dirname, '..', '..');
const MICROSOFT = join(REPO_ROOT, 'node_modules', '@microsoft');
const STANDINS = join(__dirname, 'standins');

/** A component manifest as the loader reads it (only the fields the harness touches are typed). */
export interface ComponentManifest {
  readonly id: string;
  readonly alias: string;
  readonly version: string;
  readonly componentType: string;
  readonly manifestVersion: number;
  readonly isInternal?: boolean;
  readonly loaderConfig: {
    internalModuleBaseUrls: string[];
    entryModuleId: string;
    scriptResources: Record<string, ScriptResource>;
  };
  readonly [key: string]: unknown;
}

export type ScriptResource =
  | { readonly type: 'component'; readonly id: string; readonly version: string }
  | { readonly type: 'path'; readonly path: string | { path: string; integrity?: string }; readonly globalName?: string }
  | { readonly type: 'localizedPath'; readonly paths: Record<string, unknown>; readonly defaultPath?: unknown };

/** The framework packages on npm whose `dist/` holds their manifest and bundles (sp-property-pane: see the stand-in). */
const FRAMEWORK_PACKAGES = [
  'sp-core-library',
  'sp-lodash-subset',
  'sp-diagnostics',
  'sp-dynamic-data',
  'sp-page-context',
  'sp-http-base',
  'sp-http',
  'sp-http-msgraph',
  'sp-loader',
  'sp-component-base',
  'sp-webpart-base',
  'sp-image-helper',
  'sp-office-ui-fabric-core'
];

/** SPFx's component ids for libraries the framework and our bundles reference. */
export const COMPONENT = {
  react: { id: '0d910c1c-13b9-4e1c-9aa4-b008c5e42d7d', version: '17.0.1' },
  reactDom: { id: 'aa0a46ec-1505-43cd-a44a-93f3a5aa460a', version: '17.0.1' },
  graphClient: { id: '32b9363b-09ff-4959-929a-cab2663fb223', version: '3.0.2' },
  applicationBase: { id: '4df9bb86-ab0a-4aab-ab5f-48bf167048fb', version: '1.23.2' },
  propertyPane: { id: 'f9e737b7-f0df-4597-ba8c-3060f82380db', version: '1.23.2' },
  coreLibrary: { id: '7263c7d0-1d6a-45ec-8d85-d4d1d234171b', version: '1.23.2' },
  pageContext: { id: '1c4541f7-5c31-41aa-9fa8-fbc9dc14c0a8', version: '1.23.2' },
  componentBase: { id: '467dc675-7cc5-4709-8aac-78e3b71bd2f6', version: '1.23.2' },
  webPartBase: { id: '974a7777-0990-4136-8fa6-95d80114c2e0', version: '1.23.2' },
  loader: { id: '1c6c9123-7aac-41f3-a376-3caea41ed83f', version: '1.23.2' }
} as const;

/**
 * Bundled in `sp-loader-assembly` (its `_initializeAssembly` list) but shipped without a manifest. The
 * loader needs a manifest with the id and version others depend on, or it asks the server
 * (`_api/web/GetClientSideComponents`). The script path is never fetched: the assembly pins them.
 */
const ASSEMBLY_ONLY = [
  { alias: 'tslib', id: '01c4df03-e775-48cb-aa14-171ee5199a15', version: '2.3.1' },
  { alias: 'LoadThemedStyles', id: '229b8d08-79f3-438b-8c21-4613fc877abd', version: '0.1.2' },
  { alias: 'OdspCoreBundle', id: '2e09fb9b-13bb-48f2-859f-97d6fff71176', version: '1.5.82' },
  { alias: 'SPTelemetry', id: '8217e442-8ed3-41fd-957d-b112e841286a', version: '0.35.145' }
];

/** Internal packages that exist only on SharePoint's CDN, replaced by the AMD stand-ins in ./standins. */
const STANDIN_MANIFESTS: ReadonlyArray<{ alias: string; id: string; version: string; file: string; deps: Record<string, { id: string; version: string }> }> = [
  { alias: 'SPSafeHtml', id: '6d3c733c-8cb7-4871-bb22-b5b37c1d518d', version: '0.6.0', file: 'sp-safehtml.js', deps: {} },
  { alias: 'SPEditCustomerPromise', id: '42647dee-1f75-4b9f-b521-5c844a6c35cc', version: '0.1.0', file: 'sp-edit-customer-promise.js', deps: { '@microsoft/sp-core-library': COMPONENT.coreLibrary } },
  { alias: 'SPIdleWebTask', id: 'c49ba483-7614-4c5c-b9dd-11b45a5fa280', version: '0.1.2', file: 'sp-idle-web-task.js', deps: {} },
  { alias: 'SPPropertyPane', ...COMPONENT.propertyPane, file: 'sp-property-pane.js', deps: {} },
  {
    alias: 'SPApplicationBase',
    ...COMPONENT.applicationBase,
    file: 'sp-application-base.js',
    deps: {
      '@microsoft/sp-core-library': COMPONENT.coreLibrary,
      '@microsoft/sp-page-context': COMPONENT.pageContext,
      '@microsoft/sp-component-base': COMPONENT.componentBase,
      '@microsoft/sp-webpart-base': COMPONENT.webPartBase,
      '@microsoft/sp-loader': COMPONENT.loader
    }
  }
];

/** One file the framework CDN serves: its URL name and where it lives on disk. */
export interface CdnFile {
  readonly name: string;
  readonly path: string;
}

function library(alias: string, id: string, version: string, baseUrl: string, resources: Record<string, ScriptResource>, entry: string): ComponentManifest {
  return {
    id,
    alias,
    version,
    componentType: 'Library',
    manifestVersion: 2,
    isInternal: true,
    loaderConfig: { internalModuleBaseUrls: [baseUrl], entryModuleId: entry, scriptResources: resources }
  };
}

function componentRefs(deps: Record<string, { id: string; version: string }>): Record<string, ScriptResource> {
  return Object.fromEntries(Object.entries(deps).map(([name, d]) => [name, { type: 'component', id: d.id, version: d.version } as ScriptResource]));
}

/** The framework side of a page: manifests with their base URL at `frameworkBaseUrl`, and the files served there. */
export function frameworkManifests(frameworkBaseUrl: string): { manifests: ComponentManifest[]; files: CdnFile[] } {
  const manifests: ComponentManifest[] = [];
  const files: CdnFile[] = [];
  for (const pkg of FRAMEWORK_PACKAGES) {
    const dist = join(MICROSOFT, pkg, 'dist');
    for (const name of readdirSync(dist)) {
      if (name.endsWith('.manifest.json')) {
        const manifest = JSON.parse(readFileSync(join(dist, name), 'utf8')) as ComponentManifest;
        manifest.loaderConfig.internalModuleBaseUrls = [frameworkBaseUrl];
        manifests.push(manifest);
      } else if (name.endsWith('.js')) {
        files.push({ name, path: join(dist, name) });
      }
    }
  }
  for (const a of ASSEMBLY_ONLY) {
    manifests.push(library(a.alias, a.id, a.version, frameworkBaseUrl, { [a.alias]: { type: 'path', path: `${a.alias}_assembly.js` } }, a.alias));
  }
  for (const s of STANDIN_MANIFESTS) {
    manifests.push(library(s.alias, s.id, s.version, frameworkBaseUrl, { [s.alias]: { type: 'path', path: s.file }, ...componentRefs(s.deps) }, s.alias));
    files.push({ name: s.file, path: join(STANDINS, s.file) });
  }
  // React and ReactDOM 17.0.1: the UMD builds (anonymous AMD defines; react-dom requires "react").
  const umd = (pkg: string, file: string): string => join(REPO_ROOT, 'node_modules', pkg, 'umd', file);
  manifests.push(library('React', COMPONENT.react.id, COMPONENT.react.version, frameworkBaseUrl, { react: { type: 'path', path: 'react-17.0.1.js' } }, 'react'));
  manifests.push(
    library('ReactDOM', COMPONENT.reactDom.id, COMPONENT.reactDom.version, frameworkBaseUrl, { 'react-dom': { type: 'path', path: 'react-dom-17.0.1.js' }, react: { type: 'component', ...COMPONENT.react } }, 'react-dom')
  );
  files.push({ name: 'react-17.0.1.js', path: umd('react', 'react.production.min.js') }, { name: 'react-dom-17.0.1.js', path: umd('react-dom', 'react-dom.production.min.js') });
  // MSGraphClientV3 loads this component: the Graph client 3.0.2 that sp-http-msgraph itself depends on,
  // in its browser build (a script that sets the global `MicrosoftGraph`).
  const graphClient = graphClientBundle();
  manifests.push(
    library('MicrosoftGraphClient', COMPONENT.graphClient.id, COMPONENT.graphClient.version, frameworkBaseUrl, { '@microsoft/microsoft-graph-client': { type: 'path', path: 'graph-js-sdk-3.0.2.js', globalName: 'MicrosoftGraph' } }, '@microsoft/microsoft-graph-client')
  );
  files.push({ name: 'graph-js-sdk-3.0.2.js', path: graphClient });
  return { manifests, files };
}

/** `@microsoft/microsoft-graph-client` 3.0.2's browser bundle, as resolved from sp-http-msgraph. */
function graphClientBundle(): string {
  const packageJson = require.resolve('@microsoft/microsoft-graph-client/package.json', { paths: [join(MICROSOFT, 'sp-http-msgraph')] });
  const version = (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
  if (version !== COMPONENT.graphClient.version) throw new Error(`sp-http-msgraph resolves @microsoft/microsoft-graph-client ${version}, expected ${COMPONENT.graphClient.version}`);
  return join(dirname(packageJson), 'lib', 'graph-js-sdk.js');
}

/** The production build: our web parts' manifests and the package's assets (`npm run build`). */
export interface PackageBuild {
  readonly manifests: ComponentManifest[];
  readonly assetsDir: string;
}

/** Where `npm run build` puts the manifests and the assets for the CDN. */
export const RELEASE_DIR = join(REPO_ROOT, 'release');

/**
 * Our web parts' manifests with the package's CDN base URL in place of the build's `<!-- PATH TO CDN -->`.
 * Throws a message that says what to run when the build output is missing or older than the sources.
 */
export function packageManifests(cdnBaseUrl: string, releaseDir: string = RELEASE_DIR): PackageBuild {
  const manifestsDir = join(releaseDir, 'manifests');
  const assetsDir = join(releaseDir, 'assets');
  if (!existsSync(manifestsDir) || !existsSync(assetsDir)) {
    throw new Error(`The production build is missing (${manifestsDir}). Run \`npm run build\` first: the SPFx runtime tests load the package's own bundles.`);
  }
  const manifests = readdirSync(manifestsDir)
    .filter((f) => f.endsWith('.manifest.json'))
    .map((f) => JSON.parse(readFileSync(join(manifestsDir, f), 'utf8')) as ComponentManifest);
  if (manifests.length === 0) throw new Error(`No web part manifests in ${manifestsDir}. Run \`npm run build\`.`);
  for (const m of manifests) {
    m.loaderConfig.internalModuleBaseUrls = [cdnBaseUrl];
    const entry = m.loaderConfig.scriptResources[m.loaderConfig.entryModuleId];
    const file = entry && entry.type === 'path' ? (typeof entry.path === 'string' ? entry.path : entry.path.path) : undefined;
    if (!file || !existsSync(join(assetsDir, file))) throw new Error(`The build's manifest ${m.alias} names ${file ?? 'no entry file'}, which is not in ${assetsDir}. Run \`npm run build\`.`);
  }
  return { manifests, assetsDir };
}
