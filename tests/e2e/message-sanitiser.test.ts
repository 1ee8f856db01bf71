import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { launchChromium, type Chromium } from '../../server/workbench/chromium';
import { renderReminder } from '../../src/core/reminders';
import { linkHref } from '../../src/core/untrusted/links';
import { MARK, TEXT_PAYLOADS, TRAP, URL_PAYLOADS } from '../support/hostile';
import { installTrap, injectedIn, trapValue } from './hostile/inspect';

/**
 * The steering tab's message preview cleans HTML with DOMPurify (messageHtml.ts). Here the module itself
 * runs in Chromium, bundled as the workbench bundles it, and gets markup no renderer of ours would
 * write: every payload as raw HTML, known mutation-XSS shapes, and every URL payload as a link.
 */

jest.setTimeout(120_000);

const ROOT = join(__dirname, '..', '..');

/** Vectors that target sanitisers themselves (namespace confusion, re-parsing after serialisation). */
const MUTATIONS = [
  `<math><mtext><table><mglyph><style><img src=x ${MARK} onerror=window.${TRAP}=1>`,
  `<svg></p><style><a id="</style><img src=1 ${MARK} onerror=window.${TRAP}=1>">`,
  `<form><math><mtext></form><form><mglyph><style></math><img src=x ${MARK} onerror=window.${TRAP}=1>`,
  `<template><img src=x ${MARK} onerror=window.${TRAP}=1></template>`,
  `<a href="&#106;avascript:window.${TRAP}=1">x</a>`,
  `<a href="jav&#x09;ascript:window.${TRAP}=1">x</a>`,
  `<p style="background:url(javascript:window.${TRAP}=1)" ${MARK}>x</p>`,
  `<base href="javascript:/"><a href="/x">x</a>`,
  `<meta http-equiv="refresh" content="0;url=javascript:window.${TRAP}=1">`,
  `<object data="data:text/html,<script>parent.${TRAP}=1</script>"></object>`,
  `<div id="${TRAP}" name="${TRAP}">clobber</div>`
];

let chromium: Chromium;
let page: Page;

beforeAll(async () => {
  const bundle = await build({
    stdin: {
      contents: "import { loadMessageSanitiser } from './src/components/steering/messageHtml'; (window as unknown as { loadMessageSanitiser: unknown }).loadMessageSanitiser = loadMessageSanitiser;",
      resolveDir: ROOT,
      loader: 'ts'
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    logLevel: 'silent'
  });
  chromium = await launchChromium();
  await installTrap(chromium.context);
  page = await chromium.context.newPage();
  await page.setContent('<!DOCTYPE html><html lang="fi"><head><title>preview</title></head><body><main id="preview"></main></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
});

afterAll(async () => {
  await chromium?.close();
});

/** Cleans each input with the tab's sanitiser and puts the result into the page the way React does. */
async function cleanInPage(inputs: readonly string[]): Promise<string[]> {
  return page.evaluate(async (html) => {
    const load = (window as unknown as { loadMessageSanitiser: () => Promise<(h: string) => string> }).loadMessageSanitiser;
    const clean = await load();
    const outputs = html.map((h) => clean(h));
    const target = document.getElementById('preview');
    if (target) target.innerHTML = outputs.map((o) => `<div class="message">${o}</div>`).join('');
    return outputs;
  }, [...inputs]);
}

describe('the reminder preview’s sanitiser (DOMPurify) in Chromium', () => {
  it('has checks that see an injection (the same payloads put in raw)', async () => {
    const raw = await chromium.context.newPage();
    await raw.setContent(`<!DOCTYPE html><html lang="fi"><head><title>raw</title></head><body>${TEXT_PAYLOADS.slice(0, 7).map((p) => p.value).join('')}</body></html>`);
    await raw.waitForTimeout(300);
    expect(await trapValue(raw)).toBeDefined();
    const found = await injectedIn(raw);
    expect(found.filter((f) => f.includes('marked element')).length).toBeGreaterThanOrEqual(6);
    expect(found.some((f) => f.includes('event handler'))).toBe(true);
    await raw.close();
  });

  it('lets nothing run or stay as markup from raw hostile HTML', async () => {
    const inputs = [...TEXT_PAYLOADS.map((p) => p.value), ...MUTATIONS, ...URL_PAYLOADS.map((u) => `<a href="${u.value.replace(/"/g, '&quot;')}">${u.name}</a>`)];
    const outputs = await cleanInPage(inputs);
    await page.waitForTimeout(300);
    expect(await trapValue(page)).toBeUndefined();
    expect(await injectedIn(page)).toEqual([]);
    // Links left are exactly those the one URL rule allows, opened in a new window.
    const links = await page.locator('#preview a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel') })));
    for (const l of links) {
      if (l.href !== null) expect(linkHref(l.href)).toBe(l.href);
      expect([l.target, l.rel]).toEqual(['_blank', 'noopener noreferrer']);
    }
    expect(outputs.join('')).not.toMatch(/<(script|style|svg|math|iframe|object|img|template|form|base|meta)\b/i);
    // The text of the payloads is still there to read.
    expect(await page.locator('#preview').innerText()).toContain('Pitkä teksti ilman välilyöntejä_');
  });

  it('keeps a real message’s structure: headings under the tab’s own, tables, links', async () => {
    const message = renderReminder(
      { key: 'owner-request:1:2025-05-20:x', kind: 'owner-request', meetingId: 1, meetingTitle: 'Digijohtoryhmä', meetingStart: '2025-05-20T06:00:00.000Z', meetingDay: '2025-05-20', recipient: 'x@porvoo.fi', recipientName: TEXT_PAYLOADS[1].value, language: 'fi', actions: ['DT25-01'], plannedDay: '2025-05-06', catchUp: false },
      { links: { statusPageUrl: 'https://porvoo.sharepoint.com/sites/digiohjelma/SitePages/Tiekartta.aspx' }, actionTitles: new Map([['DT25-01', TEXT_PAYLOADS[0].value]]), now: '2025-05-06T06:00:00.000Z' }
    );
    const [out] = await cleanInPage([message.html]);
    expect(out).toMatch(/^\s*<div[^>]*>\s*<h5>/);
    expect(out).toContain('<h6>');
    expect(out).not.toMatch(/<h[1-4]|style=|role=/);
    await expect(page.locator('#preview a').first().getAttribute('href')).resolves.toBe('https://porvoo.sharepoint.com/sites/digiohjelma/SitePages/Tiekartta.aspx?action=DT25-01&report=1');
    await expect(page.locator('#preview').innerText()).resolves.toContain(TEXT_PAYLOADS[0].value);
    expect(await injectedIn(page)).toEqual([]);
  });
});
