import { summariseYear } from '../../src/core/followup';
import { renderMeetingDeck } from '../../src/report/deck';
import { smallRoadmap } from '../fixtures/followup';
import { openDeck } from '../fixtures/pptx';
import { TEXT_PAYLOADS, fit } from '../support/hostile';

/** XML 1.0 `Char`: what PowerPoint's parser accepts in a part. */
const XML_CHARS = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

describe('the meeting deck from hostile list values', () => {
  it('stays a readable file: every part is XML 1.0, every value is text', async () => {
    const input = smallRoadmap();
    const actions = input.actions.map((a, i) => {
      const p = TEXT_PAYLOADS[i % TEXT_PAYLOADS.length].value;
      // A vertical tab (Word's line break) in every title: pptxgenjs writes it as it is.
      return { ...a, title: fit(`${p}\u000b${a.title}`, 255), impacts: `${p}\u0001\u001f`, responsibleDirector: fit(p, 255) };
    });
    const metrics = input.metrics.map((m, i) => ({ ...m, title: fit(`${TEXT_PAYLOADS[(i + 5) % TEXT_PAYLOADS.length].value}\u000c`, 255), source: TEXT_PAYLOADS[12].value }));
    const summary = summariseYear({ ...input, actions, metrics }, 2024, '2024-11-08T10:00:00+02:00');
    const deck = await openDeck((await renderMeetingDeck(summary, { lang: 'fi', presenter: 'Esittäjä\u0007' })).bytes);
    const invalid = [...deck.parts].filter(([, xml]) => !XML_CHARS.test(xml)).map(([name]) => name);
    expect(invalid).toEqual([]);
    // No value became markup: the only elements are the drawing's own.
    const elements = new Set([...deck.parts.values()].flatMap((xml) => [...xml.matchAll(/<([a-zA-Z][\w:.-]*)/g)].map((m) => m[1])));
    expect([...elements].filter((e) => !e.includes(':') && !['Relationships', 'Relationship', 'Types', 'Default', 'Override', 'Properties', 'Company', 'Application', 'Slides', 'Notes', 'TotalTime', 'Words', 'PresentationFormat', 'Paragraphs', 'HiddenSlides', 'MMClips', 'ScaleCrop', 'HeadingPairs', 'TitlesOfParts', 'LinksUpToDate', 'SharedDoc', 'HyperlinksChanged', 'AppVersion', 'DocSecurity', 'Template'].includes(e))).toEqual([]);
    const text = deck.slides.map((s) => s.text).join(' ');
    expect(text).toContain('<script data-hostile>window.__pwned=1</script>');
    expect(text).toContain('Riviv');
  });
});
