/**
 * The hostile colleague's reach (Issue 12 §2): payloads written through raw SharePoint REST into every
 * place of the site, as the people who can write there (tests/e2e/hostile/world.ts), against the demo
 * stack with the sample. "N payloads × M places" in the README comes from here; the views, files and
 * e-mails that must show them inert are checked by tests/e2e/hostile.test.ts (which prints the number
 * of surfaces it checked).
 */
import { startDemoSite } from '../server/workbench';
import { createRepositories } from '../src/data/repository';
import { createSp } from '../src/data/sp';
import { writeHostileWorld } from '../tests/e2e/hostile/world';
import { TEXT_PAYLOADS, URL_PAYLOADS } from '../tests/support/hostile';
import { hostilePlaces, placeKey } from '../tests/support/hostilePlaces';
import type { Figure } from './figure';

export async function run(): Promise<Figure[]> {
  const site = await startDemoSite({ seed: 'sample' });
  try {
    const siteUrl = site.emulator.siteUrl;
    const world = await writeHostileWorld({ siteUrl, admin: createRepositories(createSp({ siteUrl })) });
    const places = hostilePlaces();
    const reached = world.tally.reached();
    const possible = places.reduce((n, p) => n + (placeKey(p.list, p.field) === 'meetings.minutesUrl' ? URL_PAYLOADS.length : TEXT_PAYLOADS.length), 0);
    const pairs = [...reached.values()].reduce((n, s) => n + s.size, 0);
    const payloads = TEXT_PAYLOADS.length + URL_PAYLOADS.length;
    return [
      { figure: 'hostile payloads', value: payloads, unit: `payloads (${TEXT_PAYLOADS.length} text, ${URL_PAYLOADS.length} URL)`, target: '>= 20', met: payloads >= 20 },
      {
        figure: 'hostile places reached', value: reached.size, unit: 'places (list fields and person names)', target: `all ${places.length} of the schema`, met: reached.size === places.length,
        note: world.tally.refusals().length ? `refused first, then written by another role: ${world.tally.refusals().length}` : undefined
      },
      {
        figure: 'hostile payload × place pairs written', value: pairs, unit: `of ${possible}`, target: 'every payload in every place', met: pairs === possible
      }
    ];
  } finally {
    await site.stop();
  }
}
