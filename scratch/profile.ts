import { startDemoStack } from '../server/workbench';
import { launchChromium } from '../server/workbench/chromium';
(async () => {
  const stack = await startDemoStack({ seed: { largeActions: 1000 } });
  const chromium = await launchChromium();
  const page = await chromium.context.newPage();
  await page.goto(`${stack.workbench.url}/?user=reader&lang=fi`);
  await page.waitForFunction(() => performance.getEntriesByName('dt-first-render').length > 0, undefined, { timeout: 60000 });
  const cdp = await chromium.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const search = page.getByTestId('filter-search');
  for (const t of ['sähköisen', 'kirjastoissa', 'uudistus', '', 'a', '']) {
    await page.evaluate(() => performance.clearMeasures('dt-filter'));
    await search.fill(t);
    await page.waitForFunction(() => performance.getEntriesByName('dt-filter').length > 0);
    console.log(t, await page.evaluate(() => performance.getEntriesByName('dt-filter')[0].duration));
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[]; samples: number[]; timeDeltas: number[] } };
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1)}ms ${k}`).join('\n'));
  await chromium.close();
  await stack.stop();
})();
