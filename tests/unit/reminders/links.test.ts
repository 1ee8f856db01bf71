import fc from 'fast-check';
import { roadmapPageLink, statusFormLink, teamsStatusFormLink, teamsTabLink } from '../../../src/core/reminders';
import { DEFAULT_LOCATION_STATE, stateFromQuery, stateFromSubEntityId } from '../../../src/core/roadmap';
import { formatActionCode } from '../../../src/core/validation';

/**
 * The links in reminder e-mails are read back by the roadmap web part: on the page through the query
 * (`stateFromQuery` over `location.search`), in Teams through the tab's `subEntityId`
 * (`stateFromSubEntityId`). Build with the reminder's functions, parse with the web part's.
 */

const page = 'https://porvoo.sharepoint.com/sites/Digiohjelma2024/SitePages/Tiekartta.aspx';
const tab = { appId: '0ebd5d9d-e6a2-47a4-b57e-58738772125b', entityId: 'digitiekartta-steering', label: 'Digitiekartta', channelId: '19:abc@thread.tacv2' };

const pageUrl = fc.constantFrom(page, `${page}?debug=1`, `${page}#top`, `${page}?web=1&action=DT24-01#x`);
const actionCode = fc.record({ year: fc.integer({ min: 2024, max: 2099 }), n: fc.integer({ min: 1, max: 9999 }) }).map(({ year, n }) => formatActionCode(year, n));

function subEntityIdOf(teamsLink: string): string {
  return (JSON.parse(new URL(teamsLink).searchParams.get('context') ?? '{}') as { subEntityId: string }).subEntityId;
}

describe('reminder links as the roadmap web part reads them', () => {
  it('opens the status form of the action on the page', () => {
    fc.assert(
      fc.property(pageUrl, actionCode, (url, code) => {
        const link = new URL(statusFormLink(url, code));
        expect(link.origin + link.pathname).toBe(page);
        expect(link.hash).toBe('');
        expect(stateFromQuery(link.search)).toEqual({ ...DEFAULT_LOCATION_STATE, action: code, report: true });
      })
    );
  });

  it('opens the status form of the action in the Teams tab', () => {
    fc.assert(
      fc.property(actionCode, (code) => {
        expect(stateFromSubEntityId(subEntityIdOf(teamsStatusFormLink(tab, code)))).toEqual({ ...DEFAULT_LOCATION_STATE, action: code, report: true });
      })
    );
  });

  it('opens the whole roadmap from the footer links', () => {
    expect(stateFromQuery(new URL(roadmapPageLink(`${page}?debug=1#top`)).search)).toEqual(DEFAULT_LOCATION_STATE);
    expect(stateFromSubEntityId(subEntityIdOf(teamsTabLink(tab)))).toEqual(DEFAULT_LOCATION_STATE);
  });
});
