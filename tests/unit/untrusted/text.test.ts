import { clipText, containBidi, plainTextBlock, xmlSafeStrings, xmlSafeText } from '../../../src/core/untrusted/text';

/** XML 1.0 `Char`: what a conforming parser accepts in content. */
const XML_CHARS = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

describe('xmlSafeText', () => {
  it('drops what XML 1.0 cannot carry and keeps everything else', () => {
    const hostile = 'a\u0000b\u000bc\u000cd\u001fe\ufffef\uffffg\ud800h\udc00i';
    expect(xmlSafeText(hostile)).toBe('abcdefghi');
    expect(xmlSafeText(hostile)).toMatch(XML_CHARS);
    const kept = 'Tab\there\r\nnew line; ä ö å; \u202egnp.exe\u202c; emoji 😀; <script>&amp;"\'';
    expect(xmlSafeText(kept)).toBe(kept);
  });

  it('maps every string of a plain structure and leaves other values alone', () => {
    const input = { title: 'x\u000by', list: ['\u0001a', 2, null], nested: { ok: true, text: 'b\u0008' } };
    expect(xmlSafeStrings(input)).toEqual({ title: 'xy', list: ['a', 2, null], nested: { ok: true, text: 'b' } });
  });
});

describe('plain text', () => {
  it('indents the continuation lines of a note under its item', () => {
    expect(plainTextBlock('eka\nToinen otsikko\r\n------', '    ')).toBe('eka\n    Toinen otsikko\n    ------');
  });
});

describe('containBidi', () => {
  const RLO = '\u202e';
  const PDF = '\u202c';
  const RLI = '\u2067';
  const PDI = '\u2069';

  it('leaves text without directional controls, or with them closed, as it is', () => {
    for (const text of ['Sähköinen asiointi', 'عربي', `a${RLO}b${PDF}c`, `${RLI}x${PDI}`, `${RLI}${RLO}x${PDI}`]) expect(containBidi(text)).toBe(text);
  });

  it('closes what a value leaves open, innermost first', () => {
    expect(containBidi(`${RLO}exe.fdp`)).toBe(`${RLO}exe.fdp${PDF}`);
    expect(containBidi(`${RLI}a${RLO}b`)).toBe(`${RLI}a${RLO}b${PDF}${PDI}`);
    expect(containBidi(`${RLO}a${RLI}b`)).toBe(`${RLO}a${RLI}b${PDI}${PDF}`);
  });

  it('pairs like UAX #9: a PDF never closes an isolate, a PDI closes its isolate and what opened inside it', () => {
    expect(containBidi(`${RLI}a${PDF}`)).toBe(`${RLI}a${PDF}${PDI}`);
    expect(containBidi(`${RLO}${RLI}a${RLO}b${PDI}`)).toBe(`${RLO}${RLI}a${RLO}b${PDI}${PDF}`);
    expect(containBidi(`${PDF}${PDI}x`)).toBe(`${PDF}${PDI}x`);
  });
});

describe('clipText', () => {
  it('keeps a short text and cuts a long one at a character, marking the cut', () => {
    expect(clipText('lyhyt', 10)).toBe('lyhyt');
    expect(clipText('abcdefghij', 5)).toBe('abcd…');
    // Never half a surrogate pair.
    expect(clipText('😀😀😀😀', 3)).toBe('😀😀…');
  });
});
