import { resolve } from 'node:path';
import { rmSync } from 'node:fs';
import { format } from '../../../src/core/i18n/catalog';
import { CLI } from '../../../src/core/i18n/cli';
import { type Command, UserError, waitForStopSignal } from '../command';
import { startDemoStack, type DemoStack } from '../../workbench';

/**
 * `tiekartta demo` (`npm run demo`): the emulator with the sample roadmap plus the local workbench at
 * http://localhost:4321, until Ctrl+C. The site is kept in a data folder, so edits survive a restart.
 */
export function demoCommand(deps: { waitForStop?: () => Promise<void> } = {}): Command {
  return {
    name: 'demo',
    summary: 'summaryDemo',
    help: 'demo',
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      fresh: { type: 'boolean' },
      seed: { type: 'string' }
    },
    async run(options, _positionals, ctx) {
      const portText = typeof options.port === 'string' ? options.port : ctx.env.PORT ?? '4321';
      const port = Number(portText);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError('portInvalid', { value: portText });
      const seed = typeof options.seed === 'string' ? options.seed : 'sample';
      if (seed !== 'sample' && seed !== 'empty') throw new UserError('seedKindInvalid', { value: seed });
      const dataDir = resolve(typeof options.data === 'string' ? options.data : '.emulator-data/demo');
      if (options.fresh === true) rmSync(dataDir, { recursive: true, force: true });
      const t = CLI[ctx.lang];
      if (!ctx.json) ctx.out(t.demoStarting);
      let stack: DemoStack;
      try {
        stack = await startDemoStack({ workbenchPort: port, dataDir, seed, sampleClock: seed === 'sample', progress: ctx.json ? undefined : (step) => ctx.out(step.kind === 'sample' ? t.demoSeeding : format(t.demoSeedingLarge, { count: step.actions })) });
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === 'EADDRINUSE') throw new UserError('portInUseDemo', { port });
        throw e;
      }
      const url = stack.workbench.url.replace('127.0.0.1', 'localhost');
      if (ctx.json) ctx.out(JSON.stringify({ url, siteUrl: stack.site.emulator.siteUrl, dataDir }));
      else {
        for (const line of format(t.demoReady, { url, siteUrl: stack.site.emulator.siteUrl, dataDir }).split('\n')) ctx.out(line);
      }
      await (deps.waitForStop ?? waitForStopSignal)();
      await stack.stop();
      return 0;
    }
  };
}

export const DEMO_COMMAND = demoCommand();
