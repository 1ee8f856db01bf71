import { DEMO_USERS } from '../../server/sample';
import { STATUS_UPDATES } from '../../src/core/schema';
import { seriousViolations } from './axe';
import { sharedE2E } from './harness';
import { addUpcomingMeeting, openSteering } from './steering/world';

jest.setTimeout(180_000);

const e2e = sharedE2E();

/**
 * A red report the site admin filed on someone's action (admins bypass SharePoint's permissions) is left
 * out of the follow-up dashboard and the steering tab's pre-read, and both say so, in Finnish, Swedish
 * and English, accessibly.
 */
describe('a status report written by someone not entitled to it', () => {
  it('is flagged on the follow-up dashboard and in the pre-read, in all three languages', async () => {
    const action = (await e2e.admin.actions.list()).find((a) => a.code && a.roadmapYear === 2025 && a.status === 'in-progress' && a.owner?.email !== DEMO_USERS.owner);
    if (!action?.code) throw new Error('no action in progress');
    // The workbench runs on the real clock here: a meeting ten days ahead, the report filed today.
    await addUpcomingMeeting(e2e);
    const response = await fetch(`${e2e.stack.site.emulator.siteUrl}/_api/web/GetList('${encodeURIComponent(`/sites/digiohjelma/${STATUS_UPDATES.url}`)}')/items`, {
      method: 'POST',
      headers: { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json' },
      body: JSON.stringify({ Title: 'admin', DtActionId: action.id, DtReportedOn: new Date().toISOString(), DtOverallLight: 'punainen', DtDecisionNeeded: true })
    });
    expect(response.status).toBe(201);

    const expected = {
      fi: /Huomiotta jätetyt tilannepäivitykset \(1\)/,
      sv: /Lägesrapporter som inte räknas \(1\)/,
      en: /Status reports not counted \(1\)/
    } as const;
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const page = await e2e.open({ user: 'steering', lang, query: 'page=followup', waitForRoadmap: false });
      await page.getByTestId('year-picker').selectOption(String(action.roadmapYear));
      const flag = page.getByTestId('ignored-reports');
      await flag.waitFor({ timeout: 60_000 });
      await expect(flag.textContent()).resolves.toMatch(expected[lang]);
      await expect(flag.textContent()).resolves.toContain(action.code);
      if (lang === 'fi') expect(await seriousViolations(page, { only: '[data-testid="ignored-reports"]', legacyMode: true })).toEqual([]);
      await page.close();
    }

    const steering = await openSteering(e2e, { lang: 'sv' });
    const ignored = steering.getByTestId('preread-ignored').first();
    await ignored.waitFor({ timeout: 60_000 });
    await expect(ignored.textContent()).resolves.toContain('admin@porvoo.fi');
    await expect(ignored.textContent()).resolves.toContain(action.code);
    // Not among the decisions the group is asked to make.
    await expect(steering.getByTestId('preread-decisions').first().locator(`[data-code="${action.code}"]`).count()).resolves.toBe(0);
  });
});
