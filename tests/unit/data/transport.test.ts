import { PermissionKind } from '@pnp/sp/security';
import { createSp } from '../../../src/data/sp';
import { retryAfterMs } from '../../../src/data/fetch-with-retry';
import { grants } from '../../../src/data/rights';

/**
 * The transport under real PnPjs: only `fetch` is replaced (by a scripted one), so the behaviours run as
 * they do against SharePoint.
 */
type Reply = Response | Error;

function scriptedFetch(replies: Reply[]): { fetch: typeof fetch; calls: { url: string; init: RequestInit }[] } {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    calls.push({ url: String(input), init: init ?? {} });
    const next = replies.shift();
    if (!next) throw new Error('no more scripted replies');
    if (next instanceof Error) throw next;
    return next;
  };
  return { fetch: fetchImpl as typeof fetch, calls };
}

const ok = (body: unknown): Response => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
const throttled = (retryAfter?: string): Response =>
  new Response('{"error":"throttled"}', { status: 429, headers: retryAfter ? { 'Retry-After': retryAfter } : {} });
function networkError(code: string): Error {
  return Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) });
}

describe('Retry-After', () => {
  it('reads seconds and HTTP dates, and ignores garbage', () => {
    const now = Date.parse('2025-03-01T10:00:00Z');
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs('Sat, 01 Mar 2025 10:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});

describe('the SPFI transport', () => {
  it('waits as long as Retry-After says on 429, then succeeds', async () => {
    const waits: number[] = [];
    const { fetch, calls } = scriptedFetch([throttled('2'), throttled(), ok({ Title: 'Digiohjelma' })]);
    const sp = createSp({ siteUrl: 'http://localhost:9/sites/digiohjelma', fetch, retry: { sleep: async (ms) => { waits.push(ms); }, interval: 100 } });
    const web = await sp.web.select('Title')<{ Title: string }>();
    expect(web.Title).toBe('Digiohjelma');
    expect(calls).toHaveLength(3);
    // Retry-After: 2 s; then no header: the back-off (100 ms doubled once).
    expect(waits).toEqual([2000, 200]);
  });

  it('asks for minimal metadata so that items carry their etag', async () => {
    const { fetch, calls } = scriptedFetch([ok({ Title: 'x' })]);
    await createSp({ siteUrl: 'http://localhost:9/sites/digiohjelma/', fetch }).web();
    expect((calls[0].init.headers as Record<string, string>).Accept).toBe('application/json;odata=minimalmetadata');
    expect(calls[0].url).toBe('http://localhost:9/sites/digiohjelma/_api/web');
  });

  it('retries a read after a dropped connection, but never a write (it may have been saved)', async () => {
    const read = scriptedFetch([networkError('ECONNRESET'), ok({ Title: 'x' })]);
    await createSp({ siteUrl: 'http://localhost:9/sites/s', fetch: read.fetch, retry: { sleep: async () => undefined } }).web();
    expect(read.calls).toHaveLength(2);

    const write = scriptedFetch([networkError('ECONNRESET')]);
    const sp = createSp({ siteUrl: 'http://localhost:9/sites/s', fetch: write.fetch, headers: { Authorization: 'Bearer emu:a@b' }, retry: { sleep: async () => undefined } });
    await expect(sp.web.lists.add('X')).rejects.toThrow(/fetch failed/);
    expect(write.calls).toHaveLength(1);
  });

  it('does not retry a refused connection (the site is not there)', async () => {
    const { fetch, calls } = scriptedFetch([networkError('ECONNREFUSED')]);
    await expect(createSp({ siteUrl: 'http://localhost:9/sites/s', fetch }).web()).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } });
    expect(calls).toHaveLength(1);
  });

  it('sends a bearer token and then needs no form digest for writes', async () => {
    const { fetch, calls } = scriptedFetch([ok({ Id: 'x' })]);
    const sp = createSp({ siteUrl: 'https://porvoo.sharepoint.com/sites/digiohjelma', fetch, token: async () => 'T0KEN' });
    await sp.web.lists.add('X');
    expect(calls).toHaveLength(1);
    expect((calls[0].init.headers as Record<string, string>).Authorization).toBe('Bearer T0KEN');
  });

  it('gets a form digest first when writing without a token (cookie or local emulator)', async () => {
    const { fetch, calls } = scriptedFetch([ok({ FormDigestValue: 'D1', FormDigestTimeoutSeconds: 1800 }), ok({ Id: 'x' })]);
    await createSp({ siteUrl: 'http://localhost:9/sites/digest-test', fetch }).web.lists.add('X');
    expect(calls[0].url).toBe('http://localhost:9/sites/digest-test/_api/contextinfo');
    expect((calls[1].init.headers as Record<string, string>)['X-RequestDigest']).toBe('D1');
  });
});

describe('the SPFI in a web part', () => {
  it('takes the web URL and the page\'s form digest from the SPFx context (no contextinfo round trip)', async () => {
    const { fetch: scripted, calls } = scriptedFetch([ok({ Id: 'x' })]);
    const original = globalThis.fetch;
    globalThis.fetch = scripted;
    try {
      const context = {
        pageContext: {
          web: { absoluteUrl: 'https://porvoo.sharepoint.com/sites/digiohjelma' },
          legacyPageContext: { formDigestValue: `0xDIGEST,${new Date().toUTCString()}`, formDigestTimeoutSeconds: 1800 }
        }
      };
      await createSp(context).web.lists.add('X');
    } finally {
      globalThis.fetch = original;
    }
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe('https://porvoo.sharepoint.com/sites/digiohjelma/_api/web/lists');
    expect((calls[0].init.headers as Record<string, string>)['X-RequestDigest']).toMatch(/^0xDIGEST/);
    expect((calls[0].init.headers as Record<string, string>).Accept).toBe('application/json;odata=minimalmetadata');
  });
});

describe('permission masks', () => {
  it('reads a permission bit from SharePoint\'s two 32-bit halves, strings or numbers', () => {
    // SharePoint's Contribute role, as JSON Light serialises it (64-bit halves as strings).
    const contributor = { Low: '1011028719', High: '432' };
    expect(grants(contributor, PermissionKind.AddListItems)).toBe(true);
    expect(grants(contributor, PermissionKind.EditListItems)).toBe(true);
    expect(grants(contributor, PermissionKind.ManageLists)).toBe(false);
    const reader = { Low: 138612833, High: 176 };
    expect(grants(reader, PermissionKind.ViewListItems)).toBe(true);
    expect(grants(reader, PermissionKind.AddListItems)).toBe(false);
    expect(grants({ Low: -1, High: 2147483647 }, PermissionKind.ManagePermissions)).toBe(true);
    expect(grants(undefined, PermissionKind.ViewListItems)).toBe(false);
  });
});
