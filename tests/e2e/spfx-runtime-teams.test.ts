/**
 * The production web parts as Teams tabs under the real SPFx runtime. Teams shows an SPFx tab as
 * SharePoint's teamshostedapp.aspx in its iframe; sp-webpart-base's Teams-aware host then loads the real
 * TeamsJS 2.36 it bundles and hands it to the web part as `context.sdks.microsoftTeams`. The Teams web
 * client's side of that TeamsJS protocol (initialize, getContext, themeChange) is the harness's
 * teams-host.js, answering over postMessage from https://teams.microsoft.com as Teams does. The web part's
 * own code (BaseAppWebPart reading `teamsJs.app.getContext()` and the theme handler) is not stubbed.
 */
import { format } from '../../src/core/i18n/catalog';
import { STEERING } from '../../src/core/i18n/steering';
import { actionState, teamsDeepLink } from '../../src/core/roadmap/deepLink';
import { TEAMS_TABS } from '../../server/spfx-host/browser';
import { seriousViolationsInFrame } from './axe';
import { FLUENT_DEFAULT_PRIMARY, PARTS, packageScripts, paintedColours, rootColours } from './spfx-runtime/parts';
import { sendNowThroughGraph } from './spfx-runtime/send';
import { eventually, sharedSpfxWorld, type Opened } from './spfx-runtime/world';

jest.setTimeout(180_000);

const world = sharedSpfxWorld();

/** Teams' dark and high-contrast themes as the web parts draw them (src/components/shell/themes.ts): body background and text. */
const TEAMS_BODY = {
  dark: { background: 'rgb(31, 31, 31)', color: 'rgb(255, 255, 255)' },
  contrast: { background: 'rgb(0, 0, 0)', color: 'rgb(255, 255, 255)' }
} as const;

async function teamsCalls(opened: Opened): Promise<string[]> {
  return opened.page.evaluate(() => (window as unknown as { __teamsHost: { calls: Array<{ func: string }> } }).__teamsHost.calls.map((c) => c.func));
}

describe.each(PARTS)('the production $part web part as a Teams tab', (probe) => {
  it('in sv-SE from the Teams context, dark theme, then contrast from Teams: the emulator’s data, the theme, lazy chunks from the package path, no console errors, axe clean', async () => {
    const expected = await probe.data(world, 'sv');
    // SharePoint's own language for the user is Finnish; the tab follows Teams' language.
    const opened = await world.openTeams(world.browser.teamsTabLink(probe.part as keyof typeof TEAMS_TABS), { role: probe.role, locale: 'sv-se', theme: 'dark' });
    const { frame } = opened;
    await frame.getByText(probe.heading('sv'), { exact: true }).first().waitFor();
    await expect(frame.evaluate(() => document.querySelector('.dt-app')?.getAttribute('lang'))).resolves.toBe('sv');
    await frame.getByText(expected).locator('visible=true').first().waitFor();
    // SPFx's TeamsJS asked the Teams client for its context and registered for theme changes.
    expect(await teamsCalls(opened)).toEqual(expect.arrayContaining(['initialize', 'getContext', 'registerHandler']));

    expect(await rootColours(frame)).toEqual(TEAMS_BODY.dark);
    expect(await paintedColours(frame)).not.toContain(FLUENT_DEFAULT_PRIMARY);
    expect(await seriousViolationsInFrame(frame)).toEqual([]);

    // The user switches Teams to high contrast: Teams tells the tab, the web part re-renders.
    expect(await opened.page.evaluate(() => (window as unknown as { __teamsHost: { setTheme(t: string): boolean } }).__teamsHost.setTheme('contrast'))).toBe(true);
    await frame.waitForFunction((bg) => getComputedStyle(document.querySelector('.dt-app') as Element).backgroundColor === bg, TEAMS_BODY.contrast.background);
    expect(await rootColours(frame)).toEqual(TEAMS_BODY.contrast);

    await probe.lazy?.(frame, 'sv', expected);
    await eventually(() => packageScripts(opened, world.host.packageCdnUrl).some((f) => probe.chunk.test(f)), `a ${probe.chunk} script from ${world.host.packageCdnUrl}`);
    expect(packageScripts(opened, world.host.packageCdnUrl).some((f) => f.startsWith(`${probe.part}-web-part_`))).toBe(true);

    if (probe.part === 'steering') {
      await sendNowThroughGraph(world, opened, 'sv');
      // The pre-read goes to the tab's own channel, from the Teams context.
      const before = (await world.outbox()).length;
      await frame.getByTestId('channel-post-button').click();
      await frame.getByTestId('channel-post').getByText(format(STEERING.sv.channelPosted)).waitFor();
      const posts = (await world.outbox()).slice(before).filter((m) => m.type === 'channel');
      expect(posts).toHaveLength(1);
    }

    expect(await seriousViolationsInFrame(frame)).toEqual([]);
    expect(opened.errors).toEqual([]);
    expect(world.browser.blocked).toEqual([]);
    await opened.close();
  });
});

describe('a Teams deep link to an action', () => {
  it('opens the roadmap tab with the action’s panel: the link the product builds, its subPageId read through TeamsJS', async () => {
    const action = (await world.admin.actions.list()).find((a) => a.code === 'DT25-01');
    if (!action) throw new Error('the sample has no DT25-01');
    const link = teamsDeepLink({ appId: world.browser.teamsAppId, entityId: 'roadmap', label: 'Digitala vägkartan' }, actionState('DT25-01'));
    const opened = await world.openTeams(link, { role: 'reader', locale: 'sv-se', theme: 'contrast' });
    const panel = opened.frame.getByRole('dialog');
    await panel.getByText(action.title).first().waitFor();
    expect(packageScripts(opened, world.host.packageCdnUrl).some((f) => f.startsWith('chunk.action-panel_'))).toBe(true);
    expect(await rootColours(opened.frame)).toEqual(TEAMS_BODY.contrast);
    expect(await seriousViolationsInFrame(opened.frame)).toEqual([]);
    expect(opened.errors).toEqual([]);
    expect(world.browser.blocked).toEqual([]);
    await opened.close();
  });
});
