/**
 * The production bundles (release/, `npm run build`) under the real SharePoint Framework runtime, on a
 * SharePoint page: sp-loader boots from the loader assembly with the page context of the emulator's site,
 * the framework's own bundles from node_modules load the web part through sp-webpart-base's web part
 * manager, and the web part reads the emulator through PnPjs. See server/spfx-host/README.md.
 */
import { ROADMAP } from '../../src/core/i18n/roadmap';
import { sharedSpfxWorld } from './spfx-runtime/world';

jest.setTimeout(180_000);

const world = sharedSpfxWorld();

describe('the SPFx runtime boots offline and renders the production roadmap web part', () => {
  it('loads sp-loader, the framework and the package from the CDN, runs onInit and render, and shows the emulator’s actions', async () => {
    const actions = await world.admin.actions.list();
    const first = actions.find((a) => a.code === 'DT25-01');
    expect(first).toBeDefined();
    const opened = await world.open('roadmap', { role: 'reader', culture: 'fi-FI' });
    const { frame } = opened;
    await frame.getByRole('heading', { name: ROADMAP.fi.heading }).first().waitFor();
    await frame.getByText(first?.title ?? '').first().waitFor();
    // The framework's loader and the package's entry bundle, each from its CDN path.
    expect(opened.scripts).toContain(`${world.host.frameworkCdnUrl}sp-loader-assembly_en-us.js`);
    expect(opened.scripts.some((s) => s.startsWith(`${world.host.packageCdnUrl}roadmap-web-part_`))).toBe(true);
    expect(opened.errors).toEqual([]);
    expect(world.browser.blocked).toEqual([]);
    await opened.close();
  });
});
