import { resolve } from 'node:path';
import { rmSync } from 'node:fs';
import { type Command, UserError, waitForStopSignal } from '../command';
import { startDemoStack, type DemoStack } from '../../workbench';

/**
 * `tiekartta demo` (`npm run demo`): the emulator with the sample roadmap plus the local workbench at
 * http://localhost:4321, until Ctrl+C. The site is kept in a data folder, so edits survive a restart.
 */
export function demoCommand(deps: { waitForStop?: () => Promise<void> } = {}): Command {
  return {
    name: 'demo',
    summary: 'Run the emulator with sample data and the local workbench (http://localhost:4321)',
    help: [
      'Usage: tiekartta demo [--port N] [--data DIR] [--fresh] [--seed sample|empty] [--json]',
      '',
      'Starts the SharePoint emulator, provisions and seeds the sample roadmap (first run only), and serves',
      'the workbench: the real web part components and data layer in a SharePoint-page or Teams-tab frame,',
      'with switches for the sample user (reader, owner, steering member), language and theme. With the',
      'sample, the page\'s clock starts at the sample\'s moment (27.10.2025, before a steering meeting).',
      '',
      'Options:',
      '  --port N        workbench port (default: $PORT or 4321; 0 = any free port)',
      '  --data DIR      where the emulator keeps the site (default .emulator-data/demo)',
      '  --fresh         delete DIR first and start from the sample again',
      '  --seed KIND     sample (default) | empty',
      '  --json          print {"url":…,"siteUrl":…} instead of text'
    ].join('\n'),
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      fresh: { type: 'boolean' },
      seed: { type: 'string' }
    },
    async run(options, _positionals, ctx) {
      const portText = typeof options.port === 'string' ? options.port : ctx.env.PORT ?? '4321';
      const port = Number(portText);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port must be a number 0–65535, not "${portText}"`);
      const seed = typeof options.seed === 'string' ? options.seed : 'sample';
      if (seed !== 'sample' && seed !== 'empty') throw new UserError(`--seed must be "sample" or "empty", not "${seed}"`);
      const dataDir = resolve(typeof options.data === 'string' ? options.data : '.emulator-data/demo');
      if (options.fresh === true) rmSync(dataDir, { recursive: true, force: true });
      if (!ctx.json) ctx.out('Starting the emulator and the workbench…');
      let stack: DemoStack;
      try {
        stack = await startDemoStack({ workbenchPort: port, dataDir, seed, sampleClock: seed === 'sample', progress: ctx.json ? undefined : ctx.out });
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === 'EADDRINUSE') throw new UserError(`port ${port} is already in use; choose another with --port or PORT`);
        throw e;
      }
      const url = stack.workbench.url.replace('127.0.0.1', 'localhost');
      if (ctx.json) ctx.out(JSON.stringify({ url, siteUrl: stack.site.emulator.siteUrl, dataDir }));
      else {
        ctx.out(`Workbench:  ${url}`);
        ctx.out(`  as the owner, in Swedish, in Teams: ${url}/?user=owner&lang=sv&frame=teams`);
        ctx.out(`  a reminder e-mail's report link:    ${url}/?user=owner&action=DT25-01&report=1`);
        ctx.out(`  the steering group's tab:           ${url}/?user=steering&page=steering&frame=teams`);
        ctx.out(`  reminders sent from it (outbox):    ${url}/?user=steering&page=outbox`);
        ctx.out(`Emulator:   ${stack.site.emulator.siteUrl}`);
        ctx.out(`Data:       ${dataDir} (use --fresh to start over)`);
        ctx.out('Press Ctrl+C to stop.');
      }
      await (deps.waitForStop ?? waitForStopSignal)();
      await stack.stop();
      return 0;
    }
  };
}

export const DEMO_COMMAND = demoCommand();
