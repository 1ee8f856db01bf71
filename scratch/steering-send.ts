import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
(async () => {
  const base = process.argv[2];
  const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pw-')), { executablePath: '/usr/bin/chromium', headless: true, args: ['--headless', '--no-sandbox'] });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 400)));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  page.on('response', (r) => { if (r.url().includes('/graph/') && r.status() >= 300) console.log('graph', r.status(), r.url()); });
  await page.goto(`${base}/?user=steering&lang=fi&page=steering&stab=reminders`);
  await page.getByTestId('reminder-preview').waitFor({ timeout: 60000 });
  await page.getByTestId('reminders-send').click();
  await page.waitForTimeout(15000);
  console.log('NOTICE', await page.getByTestId('reminders-panel').innerText().then((t) => t.slice(0, 600)));
  await ctx.close();
})().catch((e) => { console.error(e); process.exit(1); });
