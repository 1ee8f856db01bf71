import { type Command, UserError, waitForStopSignal } from '../command';
import { parseFaultSpec, startEmulator, type ExtraRoute, type FaultOptions, type SeedFunction } from '../../emulator/index';
import { sampleGraphRoute, seedEmulatorWithSample } from '../../sample/seedSite';

/**
 * `tiekartta emulator`: the local SharePoint and Graph emulator, until SIGINT/SIGTERM. The sample seed and
 * the Graph part's directory come from the sample-data module (server/sample/), like `tiekartta demo`'s.
 */
export function emulatorCommand(deps: { sampleSeed?: SeedFunction; graphRoute?: () => ExtraRoute; waitForStop?: () => Promise<void> } = {}): Command {
  return {
    name: 'emulator',
    summary: 'Run the local SharePoint emulator (site /sites/digiohjelma)',
    help: [
      'Usage: tiekartta emulator [--port N] [--data DIR] [--seed sample|empty] [--faults SPEC] [--json]',
      '',
      'Runs a local SharePoint REST emulator at http://127.0.0.1:<port>/sites/digiohjelma, with Microsoft Graph',
      '(the sample people\'s directory, the outbox, the group calendar) under /graph, until Ctrl+C. While the',
      'sample is being seeded, requests get 503 with Retry-After; the URLs are printed once it is ready.',
      '',
      'Options:',
      '  --port N        TCP port (default 0 = a free port; the URL is printed)',
      '  --data DIR      keep the state in DIR (survives restarts and crashes); default: in memory',
      '  --seed KIND     sample | empty (default empty); applied only when DIR holds no state yet',
      '  --faults SPEC   inject faults, e.g. throttle=0.3,error=0.05,drop=0.02,retryAfter=1,seed=7',
      '  --host ADDR     interface to listen on (default 127.0.0.1)',
      '  --allow-origin URL[,URL]  browser pages that may call the emulator (e.g. a workbench at',
      '                  http://localhost:4321); requests from any other web page are refused (403)',
      '  --json          print {"siteUrl":…,"graphUrl":…} instead of text',
      '',
      'Identity: requests with "Authorization: Bearer emu:<email>" act as that user; without it as the site admin.',
      'Control: GET /_emulator/counters, POST /_emulator/counters/reset, POST /_emulator/faults, POST /_emulator/reset.'
    ].join('\n'),
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      seed: { type: 'string' },
      faults: { type: 'string' },
      host: { type: 'string' },
      'allow-origin': { type: 'string' }
    },
    async run(options, _positionals, ctx) {
      const portText = typeof options.port === 'string' ? options.port : '0';
      const port = Number(portText);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port must be a number 0–65535, not "${portText}"`);
      const seed = typeof options.seed === 'string' ? options.seed : 'empty';
      if (seed !== 'sample' && seed !== 'empty') throw new UserError(`--seed must be "sample" or "empty", not "${seed}"`);
      let faults: FaultOptions | undefined;
      if (typeof options.faults === 'string') {
        try {
          faults = parseFaultSpec(options.faults);
        } catch (e) {
          throw new UserError(e instanceof Error ? e.message : String(e));
        }
      }
      const allowedOrigins = typeof options['allow-origin'] === 'string' ? options['allow-origin'].split(',').map((o) => o.trim()).filter(Boolean) : [];
      for (const origin of allowedOrigins) {
        if (!/^https?:\/\/[^/]+$/i.test(origin.replace(/\/+$/, ''))) throw new UserError(`--allow-origin takes origins such as http://localhost:4321, not "${origin}"`);
      }
      let emulator;
      try {
        emulator = await startEmulator({
          port, host: typeof options.host === 'string' ? options.host : undefined,
          dataDir: typeof options.data === 'string' ? options.data : undefined, seed, sampleSeed: deps.sampleSeed, faults, allowedOrigins,
          extraRoutes: deps.graphRoute ? [deps.graphRoute()] : [],
          // For crash tests: compact often so that kills land during compaction too.
          compactBytes: ctx.env.TIEKARTTA_EMULATOR_COMPACT_BYTES ? Number(ctx.env.TIEKARTTA_EMULATOR_COMPACT_BYTES) : undefined
        });
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === 'EADDRINUSE') throw new UserError(`port ${port} is already in use; choose another with --port`);
        if (code === 'EACCES') throw new UserError(`no permission to listen on port ${port}`);
        throw new UserError(e instanceof Error ? e.message : String(e));
      }
      if (ctx.json) ctx.out(JSON.stringify({ siteUrl: emulator.siteUrl, graphUrl: emulator.graphUrl }));
      else {
        ctx.out(`SharePoint emulator: ${emulator.siteUrl}`);
        ctx.out(`Graph: ${emulator.graphUrl}/v1.0`);
        ctx.out(typeof options.data === 'string' ? `Data: ${options.data}` : 'Data: in memory (use --data DIR to keep it)');
        ctx.out('Press Ctrl+C to stop.');
      }
      await (deps.waitForStop ?? waitForStopSignal)();
      await emulator.stop();
      return 0;
    }
  };
}

export const EMULATOR_COMMAND = emulatorCommand({ sampleSeed: seedEmulatorWithSample, graphRoute: sampleGraphRoute });
