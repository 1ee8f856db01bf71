import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
(async () => {
  const url = process.argv[2];
  const out = process.argv[3] ?? '/tmp/ui-an/shot.png';
  const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pw-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 1000 }
  });
  const page = ctx.pages()[0] ?? await ctx.newPage();
  page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(url);
  await page.waitForTimeout(Number(process.argv[4] ?? 3000));
  await page.screenshot({ path: out, fullPage: false });
  await ctx.close();
})().catch((e) => { console.error(e); process.exit(1); });
