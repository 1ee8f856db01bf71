import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Screenshots of the steering tab's panels: node bin/run-ts.mjs scratch/steering-shots.ts URL OUTDIR
(async () => {
  const base = process.argv[2];
  const out = process.argv[3] ?? '/tmp/st';
  const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pw-')), {
    executablePath: '/usr/bin/chromium', headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'], viewport: { width: 1300, height: 1000 }
  });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text().slice(0, 300)); });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  for (const tab of (process.argv[4] ?? 'meeting,reminders,calendar,followup,cycle').split(',')) {
    await page.goto(`${base}&stab=${tab}`);
    await page.getByTestId('steering-tab').waitFor({ timeout: 30000 });
    await page.waitForTimeout(3000);
    await page.screenshot({ path: `${out}/${tab}.png`, fullPage: true });
  }
  await ctx.close();
})().catch((e) => { console.error(e); process.exit(1); });
