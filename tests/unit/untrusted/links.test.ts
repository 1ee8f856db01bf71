import { linkHref } from '../../../src/core/untrusted/links';

describe('linkHref: which URLs from a list become links', () => {
  it.each([
    ['https://porvoo.sharepoint.com/sites/digiohjelma/Shared%20Documents/Muistio.pdf'],
    ['http://intra.porvoo.fi/muistio'],
    ['HTTPS://PORVOO.FI/'],
    ['mailto:digiohjelma@porvoo.fi'],
    ['/sites/digiohjelma/Shared Documents/Digijohtoryhma/Muistio-2025-09-12.pdf']
  ])('allows %s', (url) => {
    expect(linkHref(url)).toBe(url);
  });

  it.each([
    ['javascript:window.__pwned=1'],
    ['JaVaScRiPt:window.__pwned=1'],
    [' \u0001javascript:window.__pwned=1'],
    ['java\tscript:window.__pwned=1'],
    ['java\nscript:window.__pwned=1'],
    ['data:text/html,<script>window.__pwned=1</script>'],
    ['vbscript:msgbox(1)'],
    ['file:///c:/windows/win.ini'],
    ['ms-word:ofe|u|https://porvoo.sharepoint.com/x.docx'],
    ['//evil.example/muistio'],
    ['/\\evil.example/muistio'],
    ['\\\\evil.example\\share'],
    ['Muistio.pdf'],
    ['?x=1'],
    [''],
    ['   ']
  ])('shows %j as text', (url) => {
    expect(linkHref(url)).toBeNull();
  });

  it('reads the URL as a browser would: edges trimmed, tabs and newlines dropped', () => {
    expect(linkHref('  https://porvoo.fi/a\tb\n ')).toBe('https://porvoo.fi/ab');
    expect(linkHref('\u0000/sites/x')).toBe('/sites/x');
  });

  it('takes nothing that is not a string', () => {
    expect(linkHref(null)).toBeNull();
    expect(linkHref(undefined)).toBeNull();
  });

  it('agrees with the browser’s URL parser on the scheme of every allowed value', () => {
    const base = 'https://porvoo.sharepoint.com/sites/digiohjelma/SitePages/Tiekartta.aspx';
    const tricky = ['https://a', 'http:b', 'mailto:x@y', '/p', ' /q', '\t/r', '/s\t/t', 'https:\\\\evil', '\u001fhttps://ok', 'javascript\u0000:x', 'java\u00adscript:x'];
    for (const value of tricky) {
      const href = linkHref(value);
      if (href === null) continue;
      const parsed = new URL(href, base);
      expect(['https:', 'http:', 'mailto:']).toContain(parsed.protocol);
      if (href.startsWith('/')) expect(parsed.host).toBe('porvoo.sharepoint.com');
    }
  });
});
