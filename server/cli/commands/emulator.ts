import { format } from '../../../src/core/i18n/catalog';
import { CLI } from '../../../src/core/i18n/cli';
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
    summary: 'summaryEmulator',
    help: 'emulator',
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
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError('portInvalid', { value: portText });
      const seed = typeof options.seed === 'string' ? options.seed : 'empty';
      if (seed !== 'sample' && seed !== 'empty') throw new UserError('seedKindInvalid', { value: seed });
      // A fault spec's errors carry their message in every language.
      const faults: FaultOptions | undefined = typeof options.faults === 'string' ? parseFaultSpec(options.faults) : undefined;
      const allowedOrigins = typeof options['allow-origin'] === 'string' ? options['allow-origin'].split(',').map((o) => o.trim()).filter(Boolean) : [];
      for (const origin of allowedOrigins) {
        if (!/^https?:\/\/[^/]+$/i.test(origin.replace(/\/+$/, ''))) throw new UserError('allowOriginInvalid', { value: origin });
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
        if (code === 'EADDRINUSE') throw new UserError('portInUse', { port });
        if (code === 'EACCES') throw new UserError('portDenied', { port });
        throw e;
      }
      if (ctx.json) ctx.out(JSON.stringify({ siteUrl: emulator.siteUrl, graphUrl: emulator.graphUrl }));
      else {
        const t = CLI[ctx.lang];
        ctx.out(format(t.emulatorSite, { url: emulator.siteUrl }));
        ctx.out(format(t.emulatorGraph, { url: `${emulator.graphUrl}/v1.0` }));
        ctx.out(typeof options.data === 'string' ? format(t.emulatorData, { dir: options.data }) : t.emulatorInMemory);
        ctx.out(t.pressCtrlC);
      }
      await (deps.waitForStop ?? waitForStopSignal)();
      await emulator.stop();
      return 0;
    }
  };
}

export const EMULATOR_COMMAND = emulatorCommand({ sampleSeed: seedEmulatorWithSample, graphRoute: sampleGraphRoute });
