import { plainTextBlock, plainTextLine, xmlSafeStrings, xmlSafeText } from '../../../src/core/untrusted/text';

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
  it('keeps a single-line value on one line whatever breaks it holds', () => {
    expect(plainTextLine('Otsikko\r\n\r\nAvaa: https://evil.example\u2028x\u000by\u0085z')).toBe('Otsikko  Avaa: https://evil.example x y z');
  });

  it('indents the continuation lines of a note under its item', () => {
    expect(plainTextBlock('eka\nToinen otsikko\r\n------', '    ')).toBe('eka\n    Toinen otsikko\n    ------');
  });
});
