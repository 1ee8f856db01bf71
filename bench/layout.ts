/**
 * The roadmap where people meet it first (issue 14): on a phone (390 × 844) how far below the web part's
 * heading the first action is, and whether the page scrolls sideways, in the SharePoint page and the Teams
 * tab, fi and sv (the worst of the four); on a laptop (1400 px) how many column headers are cut.
 */
import { startDemoStack } from '../server/workbench';
import { launchChromium } from '../server/workbench/chromium';
import { columnHeaders, phoneLayout } from '../tests/support/layoutProbe';
import type { Figure } from './figure';

const HOSTS = [['fi', 'sharepoint'], ['fi', 'teams'], ['sv', 'sharepoint'], ['sv', 'teams']] as const;

export async function run(): Promise<Figure[]> {
  const stack = await startDemoStack({ seed: 'sample' });
  const phone = await launchChromium({ viewport: { width: 390, height: 844 } });
  const laptop = await launchChromium({ viewport: { width: 1400, height: 1000 } });
  try {
    const open = async (context: typeof phone.context, lang: string, frame: string) => {
      const page = await context.newPage();
      await page.goto(`${stack.workbench.url}/?user=owner&lang=${lang}&frame=${frame}`);
      await page.getByTestId('result-count').waitFor({ timeout: 30_000 });
      return page;
    };
    const distances: string[] = [];
    let worst = 0;
    let overflow = 0;
    let cut = 0;
    for (const [lang, frame] of HOSTS) {
      const page = await open(phone.context, lang, frame);
      const layout = await phoneLayout(page);
      distances.push(`${lang}/${frame} ${layout.firstActionBelowHeading}`);
      worst = Math.max(worst, layout.firstActionBelowHeading);
      overflow = Math.max(overflow, layout.horizontalOverflow);
      await page.close();
      const wide = await open(laptop.context, lang, frame);
      cut += (await columnHeaders(wide)).filter((h) => h.cut).length;
      await wide.close();
    }
    return [
      { figure: 'phone 390×844: first action below the roadmap heading (worst of fi/sv × SharePoint/Teams)', value: worst, unit: 'px', target: '<= 500', met: worst <= 500, note: distances.join(', ') },
      { figure: 'phone 390×844: sideways scrolling of the page', value: overflow, unit: 'px', target: '0', met: overflow === 0 },
      { figure: 'laptop 1400 px: roadmap column headers cut (fi/sv × SharePoint/Teams)', value: cut, unit: 'headers', target: '0', met: cut === 0 }
    ];
  } finally {
    await phone.close();
    await laptop.close();
    await stack.stop();
  }
}
