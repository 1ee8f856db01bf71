/**
 * The production web parts in edit mode (`?Mode=Edit`) under the real SPFx runtime, with the property
 * pane. Microsoft's property pane cannot load offline (sp-property-pane needs about 17 bundles that exist
 * only on SharePoint's CDN), so:
 * - each web part's `getPropertyPaneConfiguration()` is called directly on the real web part instance the
 *   framework created (the production class over the real BaseClientSideWebPart), in the page's language;
 * - the pane is opened through the web part's own `context.propertyPane.open()`; the harness's stand-in
 *   pane (server/spfx-host/standins/sp-property-pane.js) draws a plain form from the data the web part
 *   hands any property pane (`_getPropertyPaneData`) and writes an edit back through the web part's
 *   `_onPropertyPaneFieldChanged`, so the property change and the reactive re-render are the framework's.
 * Microsoft's own pane UI (its controls, layout, accessibility) is not covered here.
 */
import type { Frame } from 'playwright-core';
import type { Lang } from '../../src/core/i18n/catalog';
import { FOLLOWUP } from '../../src/core/i18n/followup';
import { ROADMAP } from '../../src/core/i18n/roadmap';
import { STEERING } from '../../src/core/i18n/steering';
import type { WebPartKey } from '../../server/spfx-host/server';
import { seriousViolations } from './axe';
import { PARTS, packageScripts, rgb, rootColours } from './spfx-runtime/parts';
import { sendNowThroughGraph } from './spfx-runtime/send';
import { eventually, sharedSpfxWorld } from './spfx-runtime/world';

jest.setTimeout(180_000);

const world = sharedSpfxWorld();

/** PropertyPaneFieldType of @microsoft/sp-property-pane 1.23: TextField 3, Toggle 5. */
const TEXT = 3;
const TOGGLE = 5;

interface PaneField {
  readonly type: number;
  readonly targetProperty: string;
  readonly properties: { readonly label?: string; readonly description?: string };
}
interface PaneConfiguration {
  readonly pages: ReadonlyArray<{ readonly header?: { readonly description?: string }; readonly groups: ReadonlyArray<{ readonly groupName?: string; readonly groupFields: readonly PaneField[] }> }>;
}

/** What each web part's configuration must be, from the i18n catalogs, and one edit with its visible effect. */
const EDITS: Record<WebPartKey, { configuration(lang: Lang): PaneConfiguration; edit?: { property: string; label(lang: Lang): string; value: string | boolean; effect(frame: Frame, lang: Lang): Promise<void> } }> = {
  roadmap: {
    configuration: (lang) => ({
      pages: [{
        header: { description: ROADMAP[lang].heading },
        groups: [{ groupName: ROADMAP[lang].propGroup, groupFields: [
          { type: TEXT, targetProperty: 'title', properties: { label: ROADMAP[lang].propTitle } },
          { type: TEXT, targetProperty: 'excelLibraryPath', properties: { label: ROADMAP[lang].propExcelPath, description: ROADMAP[lang].propExcelPathHelp } }
        ] }]
      }]
    }),
    edit: {
      property: 'title',
      label: (lang) => ROADMAP[lang].propTitle,
      value: 'Porvoon digitiekartta – muokattu otsikko',
      effect: (frame) => frame.getByRole('heading', { name: 'Porvoon digitiekartta – muokattu otsikko' }).first().waitFor()
    }
  },
  steering: {
    configuration: (lang) => ({
      pages: [{
        header: { description: STEERING[lang].heading },
        groups: [{ groupName: STEERING[lang].propGroup, groupFields: [
          { type: TEXT, targetProperty: 'roadmapPageUrl', properties: { label: STEERING[lang].propRoadmapPage } },
          { type: TEXT, targetProperty: 'steeringGroupId', properties: { label: STEERING[lang].propGroupId } },
          { type: TEXT, targetProperty: 'channelId', properties: { label: STEERING[lang].propChannelId } },
          { type: TEXT, targetProperty: 'sender', properties: { label: STEERING[lang].propSender } }
        ] }]
      }]
    }),
    // The reminders link to the roadmap page set here.
    edit: {
      property: 'roadmapPageUrl',
      label: (lang) => STEERING[lang].propRoadmapPage,
      value: 'https://porvoo.sharepoint.com/sites/digiohjelma/SitePages/Tiekartta2026.aspx',
      effect: async (frame, lang) => {
        await frame.getByRole('tab', { name: STEERING[lang].tabReminders }).click();
        await frame.getByTestId('reminder-kind-owner-request').check();
        const first = frame.getByTestId('reminder-preview').getByTestId('reminder-message').first();
        await first.getByRole('button').click();
        await frame.locator('[data-testid="reminder-message-body"] a[href^="https://porvoo.sharepoint.com/sites/digiohjelma/SitePages/Tiekartta2026.aspx"]').first().waitFor();
      }
    }
  },
  followup: {
    configuration: (lang) => ({
      pages: [{
        header: { description: FOLLOWUP[lang].dashboardTitle },
        groups: [{ groupName: FOLLOWUP[lang].propGroup, groupFields: [
          { type: TEXT, targetProperty: 'year', properties: { label: FOLLOWUP[lang].propYear } },
          { type: TOGGLE, targetProperty: 'showDeckButton', properties: { label: FOLLOWUP[lang].propDeck } }
        ] }]
      }]
    }),
    edit: {
      property: 'showDeckButton',
      label: (lang) => FOLLOWUP[lang].propDeck,
      value: false,
      effect: async (frame, lang) => {
        await eventually(async () => (await frame.getByRole('button', { name: FOLLOWUP[lang].downloadDeck }).count()) === 0, 'the deck button to go');
      }
    }
  },
  // The idea web part has no settings: the base class's empty configuration.
  ideas: { configuration: () => ({ pages: [] }) }
};

interface HostApi {
  instanceIds: string[];
  webPart(id: string): {
    displayMode: number;
    properties: Record<string, unknown>;
    getPropertyPaneConfiguration(): PaneConfiguration;
    context: { propertyPane: { open(): void; close(): void; isPropertyPaneOpen(): boolean } };
  };
}

describe.each(PARTS)('the production $part web part in edit mode', (probe) => {
  it('in fi-FI: its property pane configuration from the real class, an edit through the framework’s property update, the emulator’s data, the theme, lazy chunks from the package path, no console errors, axe clean', async () => {
    const lang: Lang = 'fi';
    const expected = await probe.data(world, lang);
    const opened = await world.open(probe.part, { role: probe.role, culture: 'fi-FI', theme: 'teal', edit: true });
    const { frame } = opened;
    await frame.getByText(probe.heading(lang), { exact: true }).first().waitFor();
    await frame.getByText(expected).locator('visible=true').first().waitFor();
    const site = world.host.theme('teal');
    expect(await rootColours(frame)).toEqual({ background: rgb(site.bodyBackground), color: rgb(site.bodyText) });

    // Edit mode (DisplayMode.Edit = 2) and the configuration, straight from the web part instance.
    const state = await frame.evaluate(() => {
      const host = (window as unknown as { __spfxHost: HostApi }).__spfxHost;
      const part = host.webPart(host.instanceIds[0]);
      return { displayMode: part.displayMode, configuration: JSON.parse(JSON.stringify(part.getPropertyPaneConfiguration())) as PaneConfiguration };
    });
    expect(state.displayMode).toBe(2);
    const spec = EDITS[probe.part];
    expect(state.configuration).toEqual(spec.configuration(lang));

    // Opened by the web part's own API; an edit goes back through the framework and re-renders the part.
    await frame.evaluate(() => {
      const host = (window as unknown as { __spfxHost: HostApi }).__spfxHost;
      host.webPart(host.instanceIds[0]).context.propertyPane.open();
    });
    const pane = frame.locator('#spfx-host-property-pane');
    await pane.waitFor();
    for (const field of spec.configuration(lang).pages.flatMap((p) => p.groups.flatMap((g) => g.groupFields))) {
      await pane.getByLabel(field.properties.label ?? field.targetProperty, { exact: true }).waitFor();
    }
    if (spec.edit) {
      const input = pane.getByLabel(spec.edit.label(lang), { exact: true });
      if (typeof spec.edit.value === 'boolean') await input.setChecked(spec.edit.value);
      else {
        await input.fill(spec.edit.value);
        await input.press('Tab');
      }
      expect(await frame.evaluate(() => {
        const host = (window as unknown as { __spfxHost: HostApi }).__spfxHost;
        return host.webPart(host.instanceIds[0]).properties;
      })).toMatchObject({ [spec.edit.property]: spec.edit.value });
    }
    await pane.getByRole('button', { name: 'OK' }).click();
    await pane.waitFor({ state: 'detached' });
    await spec.edit?.effect(frame, lang);

    await probe.lazy?.(frame, lang, expected);
    await eventually(() => packageScripts(opened, world.host.packageCdnUrl).some((f) => probe.chunk.test(f)), `a ${probe.chunk} script from ${world.host.packageCdnUrl}`);
    if (probe.part === 'steering') await sendNowThroughGraph(world, opened, lang);

    expect(await seriousViolations(opened.page, { legacyMode: true })).toEqual([]);
    expect(opened.errors).toEqual([]);
    expect(world.browser.blocked).toEqual([]);
    await opened.close();
  });
});
