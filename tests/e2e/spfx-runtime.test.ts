/**
 * The production bundles (release/, `npm run build`) under the real SharePoint Framework runtime, on a
 * SharePoint page of the emulator's site: sp-loader boots from the loader assembly with the site's page
 * context, the framework's own bundles from node_modules load each web part through sp-webpart-base's web
 * part manager, and the web part reads the emulator through PnPjs and sends through Graph with SPFx's AadTokenProvider. In
 * fi-FI and sv-SE, with the site's theme and a theme change while the page is open.
 * See server/spfx-host/README.md for what is real and what stands in.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../src/core/i18n/catalog';
import { ROADMAP } from '../../src/core/i18n/roadmap';
import type { SiteThemeName } from '../../server/spfx-host/themes';
import { RELEASE_DIR, frameworkManifests, type ComponentManifest } from '../../server/spfx-host/manifests';
import { webPartManifestProblems } from '../../server/schemas/spfx';
import { seriousViolations } from './axe';
import { FLUENT_DEFAULT_PRIMARY, PARTS, packageScripts, paintedColours, rgb, rootColours } from './spfx-runtime/parts';
import { sendNowThroughGraph } from './spfx-runtime/send';
import { eventually, sharedSpfxWorld } from './spfx-runtime/world';

jest.setTimeout(180_000);

const world = sharedSpfxWorld();

describe('the SPFx runtime boots offline', () => {
  it('loads sp-loader, the framework and the package from their CDN paths, runs onInit and render, and shows the emulator’s actions', async () => {
    const first = (await world.admin.actions.list()).find((a) => a.code === 'DT25-01');
    const opened = await world.open('roadmap', { role: 'reader', culture: 'fi-FI' });
    const { frame } = opened;
    await frame.getByRole('heading', { name: ROADMAP.fi.heading }).first().waitFor();
    await frame.getByText(first?.title ?? 'DT25-01 missing').first().waitFor();
    expect(opened.scripts).toContain(`${world.host.frameworkCdnUrl}sp-loader-assembly_en-us.js`);
    expect(opened.scripts.some((s) => s.startsWith(`${world.host.frameworkCdnUrl}sp-webpart-base_`))).toBe(true);
    expect(packageScripts(opened, world.host.packageCdnUrl).some((f) => f.startsWith('roadmap-web-part_'))).toBe(true);
    expect(opened.errors).toEqual([]);
    await opened.close();
  });

  it('references only framework components the page can load, in the versions SharePoint serves', () => {
    // Component references of the web parts (manifests) and of their chunks (the webpack runtime's "compat" map).
    const known = new Set(frameworkManifests(world.host.frameworkCdnUrl).manifests.map((m) => `${m.id}@${m.version}`));
    const referenced = new Set<string>();
    for (const f of readdirSync(join(RELEASE_DIR, 'manifests'))) {
      const manifest = JSON.parse(readFileSync(join(RELEASE_DIR, 'manifests', f), 'utf8')) as ComponentManifest;
      for (const r of Object.values(manifest.loaderConfig.scriptResources)) if (r.type === 'component') referenced.add(`${r.id}@${r.version}`);
    }
    for (const f of readdirSync(join(RELEASE_DIR, 'assets')).filter((n) => n.endsWith('.js'))) {
      for (const m of readFileSync(join(RELEASE_DIR, 'assets', f), 'utf8').matchAll(/\{i:"([0-9a-f-]{36})",v:"([^"]+)"/g)) referenced.add(`${m[1]}@${m[2]}`);
    }
    expect([...referenced].filter((r) => !known.has(r))).toEqual([]);
  });

  it('loads manifests that SPFx’s web part manifest schema accepts (release/manifests, as built)', () => {
    const dir = join(RELEASE_DIR, 'manifests');
    const files = readdirSync(dir).filter((f) => f.endsWith('.manifest.json'));
    expect(files).toHaveLength(4);
    for (const f of files) expect(webPartManifestProblems(JSON.parse(readFileSync(join(dir, f), 'utf8')))).toEqual([]);
  });
});

const SETTINGS: ReadonlyArray<{ culture: string; lang: Lang; theme: SiteThemeName; changeTo: SiteThemeName }> = [
  { culture: 'fi-FI', lang: 'fi', theme: 'teal', changeTo: 'darkYellow' },
  { culture: 'sv-SE', lang: 'sv', theme: 'darkYellow', changeTo: 'teal' }
];

describe.each(PARTS)('the production $part web part on a SharePoint page', (probe) => {
  it.each(SETTINGS)('in $culture with the site theme ($theme), then $changeTo at runtime: the emulator’s data, the language, the theme, lazy chunks from the package path, no console errors, axe clean', async (setting) => {
    const expected = await probe.data(world, setting.lang);
    const opened = await world.open(probe.part, { role: probe.role, culture: setting.culture, theme: setting.theme });
    const { frame } = opened;
    // Language: the page's UI culture (pageContext.cultureInfo).
    await frame.getByText(probe.heading(setting.lang), { exact: true }).first().waitFor();
    await expect(frame.evaluate(() => document.querySelector('.dt-app')?.getAttribute('lang'))).resolves.toBe(setting.lang);
    // Data from the emulator, read through PnPjs with the page's SharePoint session.
    await frame.getByText(expected).locator('visible=true').first().waitFor();

    // The site theme from SPFx's ThemeProvider, then a change while the page is open.
    const site = world.host.theme(setting.theme);
    expect(await rootColours(frame)).toEqual({ background: rgb(site.bodyBackground), color: rgb(site.bodyText) });
    expect(await paintedColours(frame)).not.toContain(FLUENT_DEFAULT_PRIMARY);
    const next = world.host.theme(setting.changeTo);
    await frame.evaluate((theme) => (window as unknown as { __spfxHost: { setTheme(t: unknown): void } }).__spfxHost.setTheme(theme), next.theme);
    await frame.waitForFunction((bg) => getComputedStyle(document.querySelector('.dt-app') as Element).backgroundColor === bg, rgb(next.bodyBackground));
    expect(await rootColours(frame)).toEqual({ background: rgb(next.bodyBackground), color: rgb(next.bodyText) });
    expect(await paintedColours(frame)).not.toContain(FLUENT_DEFAULT_PRIMARY);

    // The package's scripts (entry and lazy chunks) come from its asset path on the CDN.
    await probe.lazy?.(frame, setting.lang, expected);
    await eventually(() => packageScripts(opened, world.host.packageCdnUrl).some((f) => probe.chunk.test(f)), `a ${probe.chunk} script from ${world.host.packageCdnUrl}`);
    expect(packageScripts(opened, world.host.packageCdnUrl).some((f) => f.startsWith(`${probe.part}-web-part_`))).toBe(true);

    if (probe.part === 'steering') await sendNowThroughGraph(world, opened, setting.lang);

    expect(await seriousViolations(opened.page, { legacyMode: true })).toEqual([]);
    expect(opened.errors).toEqual([]);
    expect(world.browser.blocked).toEqual([]);
    await opened.close();
  });
});
