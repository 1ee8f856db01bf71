import { isUnfinished, nextRoadmapYear } from '../../src/core/cycle';
import { DEMO_USERS } from '../../server/sample';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { sharedE2E } from './harness';

/**
 * The yearly cycle in the browser: an employee proposes an idea in Swedish, a steering member accepts
 * it, it appears among next year's proposals, and the proposer sees the outcome. Axe-clean throughout.
 */

jest.setTimeout(240_000);

const e2e = sharedE2E();

const violations = (page: Page): Promise<string[]> => seriousViolations(page, { impacts: 'all' });

const TITLE = 'Digital bokning av idrottsplatser';

describe('the yearly cycle', () => {
  let code = '';
  const year = nextRoadmapYear(new Date());

  it('lets an employee submit an idea in Swedish and see it among their ideas', async () => {
    const page = await e2e.open({ user: 'reader', lang: 'sv', query: 'page=ideas', waitForRoadmap: false });
    await page.getByTestId('idea-form').waitFor();
    await page.getByRole('heading', { name: 'Föreslå en idé till den digitala vägkartan' }).waitFor();
    expect(await violations(page)).toEqual([]);

    // Sending an empty form marks the required fields, in Swedish.
    await page.getByTestId('idea-submit').click();
    await expect(page.getByTestId('idea-form').getByText('Obligatorisk uppgift.').count()).resolves.toBe(2);
    expect(await violations(page)).toEqual([]);

    await page.getByRole('textbox', { name: 'Idé' }).fill(TITLE);
    await page.getByRole('textbox', { name: 'Vad' }).fill('Invånarna bokar planer och idrottshallar på nätet.');
    await page.getByRole('textbox', { name: 'Varför' }).fill('Färre samtal och e-post, bokningar dygnet runt.');
    await page.getByRole('checkbox', { name: 'kommuninvånarna' }).check({ force: true });
    await page.getByRole('button', { name: /^Mål eller kompetens/ }).click();
    await page.getByRole('radio', { name: /^A – / }).check();
    await page.getByRole('radio', { name: 'S – med nuvarande resurser' }).check({ force: true });
    await page.getByTestId('idea-submit').click();
    await page.getByTestId('notice').getByText('Tack! Din idé har tagits emot.').waitFor();

    const mine = page.getByTestId('my-ideas').locator('li', { hasText: TITLE });
    await expect(mine.getAttribute('data-idea-state')).resolves.toBe('new');
    await expect(mine.innerText()).resolves.toContain('Ny');
    expect(await violations(page)).toEqual([]);

    const stored = (await e2e.admin.ideas.list()).find((i) => i.title === TITLE);
    expect(stored).toMatchObject({ state: 'new', language: 'sv', goal: 'A', costClass: 'S', beneficiaries: ['residents'], proposer: { email: DEMO_USERS.reader } });
  });

  it('lets a steering member accept it as a proposal for next year', async () => {
    const page = await e2e.open({ user: 'steering', lang: 'fi', query: 'page=cycle', waitForRoadmap: false });
    await page.getByTestId('idea-triage').waitFor();
    expect(await violations(page)).toEqual([]);

    const card = page.getByTestId('triage-idea').filter({ hasText: TITLE });
    await card.getByTestId('triage-accept').click();
    await page.getByTestId('triage-dialog').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByTestId('accept-level').click();
    await page.getByRole('option', { name: 'Kaupungin yhteiset ratkaisut (TORI)' }).click();
    await page.getByRole('textbox', { name: 'Viesti ehdottajalle (valinnainen)' }).fill('Tas med i förslaget till vägkartan.');
    await page.getByTestId('triage-confirm').click();

    const notice = page.getByTestId('notice');
    await notice.getByText(/Idea hyväksyttiin/).waitFor();
    const match = /ehdotus (DT\d{2}-\d+) luotiin vuodelle (\d{4})/.exec(await notice.innerText());
    expect(match?.[2]).toBe(String(year));
    code = match?.[1] ?? '';

    const idea = (await e2e.admin.ideas.list()).find((i) => i.title === TITLE);
    const action = (await e2e.admin.actions.list()).find((a) => a.code === code);
    expect(action).toMatchObject({ title: TITLE, roadmapYear: year, level: 'shared', goal: 'A', costClass: 'S', status: 'proposed', approvalState: 'proposed', fromIdea: idea?.id });
    expect(idea).toMatchObject({ state: 'accepted', action: action?.id });
  });

  it('shows it among next year’s proposals, with the estimate by level', async () => {
    const page = await e2e.open({ user: 'steering', lang: 'fi', query: 'page=cycle', waitForRoadmap: false });
    await page.getByTestId('idea-triage').waitFor();
    await page.getByRole('tab', { name: 'Ehdotukset ja hyväksyntä' }).click();
    await page.getByRole('heading', { name: `Tiekartan ${year} ehdotukset` }).waitFor();
    const row = page.getByTestId('proposals-table').locator('tr', { hasText: TITLE });
    await expect(row.getAttribute('data-approval')).resolves.toBe('proposed');
    await expect(row.innerText()).resolves.toContain(code);
    await page.getByTestId('proposals-by-level').waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('shows the proposer the outcome, in Swedish', async () => {
    const page = await e2e.open({ user: 'reader', lang: 'sv', query: 'page=ideas', waitForRoadmap: false });
    const mine = page.getByTestId('my-ideas').locator('li', { hasText: TITLE });
    await mine.waitFor();
    await expect(mine.getAttribute('data-idea-state')).resolves.toBe('accepted');
    const text = await mine.innerText();
    expect(text).toContain('Godkänd');
    expect(text).toContain(`Åtgärd ${code}`);
    expect(text).toContain('Tas med i förslaget till vägkartan.');
    expect(await violations(page)).toEqual([]);
  });

  it('carries an unfinished action into next year from the panel, once', async () => {
    const fromYear = year - 1;
    const all = await e2e.admin.actions.list();
    const candidate = all
      .filter((a) => a.roadmapYear === fromYear && isUnfinished(a) && a.code && !all.some((c) => c.carriedFrom === a.id))
      .sort((a, b) => (a.code ?? '').localeCompare(b.code ?? ''))[0];
    expect(candidate).toBeDefined();
    const page = await e2e.open({ user: 'steering', lang: 'sv', query: 'page=cycle', waitForRoadmap: false });
    await page.getByTestId('idea-triage').waitFor();
    await page.getByRole('tab', { name: 'Nästa års vägkarta' }).click();
    await page.getByRole('heading', { name: `Förbered vägkartan för år ${year}` }).waitFor();
    expect(await violations(page)).toEqual([]);
    const row = (): ReturnType<Page['locator']> => page.getByTestId('carry-over-table').locator('tr', { hasText: candidate.code ?? '' });
    await row().getByRole('checkbox').check({ force: true });
    await page.getByTestId('carry-over-run').click();
    await page.getByTestId('notice').getByText(`Åtgärder som förts över till år ${year}: 1.`).waitFor();
    // The list reloads after the notice: wait for the row to say it has been carried.
    await page.getByTestId('carry-over-table').locator('tr[data-carried="yes"]', { hasText: candidate.code ?? '' }).waitFor();
    const copies = (await e2e.admin.actions.list()).filter((a) => a.carriedFrom === candidate.id);
    expect(copies.map((c) => [c.roadmapYear, c.status, c.approvalState])).toEqual([[year, candidate.status, 'prioritised']]);
    await expect(row().innerText()).resolves.toContain(`Överförd: ${copies[0].code ?? ''}`);
    // Nothing left to choose for it: a second run cannot duplicate it.
    await expect(row().getByRole('checkbox').count()).resolves.toBe(0);
    expect(await violations(page)).toEqual([]);
  });

  it('works as a Teams tab in the high-contrast theme', async () => {
    const page = await e2e.open({ user: 'reader', lang: 'fi', frame: 'teams', theme: 'teams-contrast', query: 'page=ideas', waitForRoadmap: false });
    await page.getByTestId('idea-form').waitFor();
    await page.getByTestId('my-ideas').or(page.getByTestId('empty-state')).first().waitFor();
    expect(await violations(page)).toEqual([]);
  });
});
