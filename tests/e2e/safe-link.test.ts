import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { launchChromium, type Chromium } from '../../server/workbench/chromium';
import { linkHref } from '../../src/core/untrusted/links';
import { URL_PAYLOADS } from '../support/hostile';
import { injectedIn, installTrap, trapValue } from './hostile/inspect';

/**
 * Why URL fields need `linkHref`: React 17 (what SPFx provides) writes a `javascript:` href into the
 * page as it is, and clicking it runs the script. `SafeLink` shows such a URL as text. Both rendered
 * by the real React and clicked in Chromium.
 */

jest.setTimeout(120_000);

const ROOT = join(__dirname, '..', '..');
const ENTRY = `
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { SafeLink } from './src/components/common/SafeLink';
(window as unknown as { render: unknown }).render = (url: string, safe: boolean): void => {
  const root = document.getElementById('root');
  ReactDOM.unmountComponentAtNode(root as HTMLElement);
  ReactDOM.render(safe ? <SafeLink url={url}>Pöytäkirja</SafeLink> : <a href={url}>Pöytäkirja</a>, root);
};
`;

let chromium: Chromium;
let script = '';

beforeAll(async () => {
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'tsx' },
    bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2020', jsx: 'transform',
    define: { 'process.env.NODE_ENV': '"production"' }, mainFields: ['browser', 'module', 'main'], logLevel: 'silent'
  });
  script = bundle.outputFiles[0].text;
  chromium = await launchChromium();
  await installTrap(chromium.context);
});

afterAll(async () => {
  await chromium?.close();
});

async function freshPage(): Promise<Page> {
  const page = await chromium.context.newPage();
  await page.setContent('<!DOCTYPE html><html lang="fi"><head><title>links</title></head><body><div id="root"></div></body></html>');
  await page.addScriptTag({ content: script });
  return page;
}

async function render(page: Page, url: string, safe: boolean): Promise<{ href: string | null; asText: boolean }> {
  await page.evaluate(([u, s]) => (window as unknown as { render: (u: string, s: boolean) => void }).render(u, s), [url, safe] as const);
  const link = page.locator('#root a');
  return { href: (await link.count()) ? await link.getAttribute('href') : null, asText: (await page.getByTestId('unsafe-link').count()) === 1 };
}

describe('links from list values in React 17', () => {
  it('runs a javascript: URL from a plain <a href> when clicked (why the rule is needed)', async () => {
    const page = await freshPage();
    const url = URL_PAYLOADS.find((p) => p.name === 'javascript:')!.value;
    expect(await render(page, url, false)).toEqual({ href: url, asText: false });
    await page.locator('#root a').click();
    await page.waitForTimeout(200);
    expect(await trapValue(page)).toEqual({ frame: expect.any(String), value: [1] });
    await page.close();
  });

  it('shows every URL payload the rule refuses as text, and links the ones it allows', async () => {
    const page = await freshPage();
    for (const payload of [...URL_PAYLOADS, { name: 'site-relative', value: '/sites/digiohjelma/Shared Documents/Muistio.pdf' }]) {
      const allowed = linkHref(payload.value);
      expect({ payload: payload.name, ...(await render(page, payload.value, true)) }).toEqual({ payload: payload.name, href: allowed, asText: allowed === null });
      expect(await injectedIn(page)).toEqual([]);
    }
    await page.waitForTimeout(200);
    expect(await trapValue(page)).toBeUndefined();
    await page.close();
  });
});
