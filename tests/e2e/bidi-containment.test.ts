import type { Page } from 'playwright-core';
import { launchChromium, type Chromium } from '../../server/workbench/chromium';
import { containBidi } from '../../src/core/untrusted/text';
import { TEXT_PAYLOADS } from '../support/hostile';

/**
 * A right-to-left override left open in a value turns our own words after it around (the same paragraph:
 * a table cell, a line of a message), even across elements. Chromium shows it, and shows that values read
 * through `containBidi` (as every list value is, in the schema's mapping) keep it to themselves.
 */

jest.setTimeout(60_000);

let chromium: Chromium;
let page: Page;

beforeAll(async () => {
  chromium = await launchChromium();
  page = await chromium.context.newPage();
});

afterAll(async () => {
  await chromium?.close();
});

/** Whether the word after the value is drawn left to right (its letters' x positions increase). */
async function wordAfterReadsForward(value: string): Promise<boolean> {
  await page.setContent('<!DOCTYPE html><html lang="fi"><body><p><span id="v"></span> <b id="w">Vastuuhenkilö</b></p></body></html>');
  return page.evaluate((v) => {
    (document.getElementById('v') as HTMLElement).textContent = v;
    const word = (document.getElementById('w') as HTMLElement).firstChild as Text;
    const xs: number[] = [];
    for (let i = 0; i < word.length; i++) {
      const range = document.createRange();
      range.setStart(word, i);
      range.setEnd(word, i + 1);
      xs.push(range.getBoundingClientRect().left);
    }
    return xs.every((x, i) => i === 0 || x > xs[i - 1]);
  }, value);
}

describe('right-to-left overrides in list values', () => {
  const rtl = TEXT_PAYLOADS.find((p) => p.name === 'RTL override')!.value.replace('\u202C', '');

  it('turn the text after an unclosed override around (the check sees it)', async () => {
    expect(await wordAfterReadsForward(rtl)).toBe(false);
  });

  it('stay within their value once read through containBidi', async () => {
    expect(await wordAfterReadsForward(containBidi(rtl))).toBe(true);
    expect(await wordAfterReadsForward(containBidi('\u2067\u202Eabc'))).toBe(true);
  });
});
