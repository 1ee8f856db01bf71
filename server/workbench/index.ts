import type { SamplePerson } from '../sample';
import { DEMO_USERS, SAMPLE_NOW, SAMPLE_PEOPLE } from '../sample';
import type { WorkbenchConfig } from './client/config';
import { startDemoSite, type DemoSite, type DemoSiteOptions } from './stack';
import { startWorkbench, type Workbench } from './server';

export { startWorkbench, type Workbench, type WorkbenchOptions } from './server';
export { startDemoSite, type DemoSite, type DemoSiteOptions, type StackSeed } from './stack';
export { workbenchBundle } from './bundle';

/** The sample's reader, owner and steering member, as the workbench offers them. */
export function demoUsers(): WorkbenchConfig['users'] {
  const person = (email: string): { email: string; displayName: string } => {
    const p: SamplePerson | undefined = SAMPLE_PEOPLE.find((x) => x.email === email);
    return { email, displayName: p?.displayName ?? email };
  };
  return { reader: person(DEMO_USERS.reader), owner: person(DEMO_USERS.owner), steering: person(DEMO_USERS.steering) };
}

export interface DemoStack {
  readonly site: DemoSite;
  readonly workbench: Workbench;
  stop(): Promise<void>;
}

export interface DemoStackOptions extends DemoSiteOptions {
  readonly workbenchPort?: number;
  readonly host?: string;
  /**
   * Run the page's clock from the sample's moment (`now`, default `SAMPLE_NOW`) instead of the real one,
   * so that a newcomer sees the story the sample tells: a roadmap in full swing before a meeting.
   */
  readonly sampleClock?: boolean;
}

/** The emulator with the seeded site plus the workbench in front of it (what `npm run demo` runs). */
export async function startDemoStack(options: DemoStackOptions = {}): Promise<DemoStack> {
  const site = await startDemoSite(options);
  try {
    const clockStartsAt = options.sampleClock ? options.now ?? new Date(SAMPLE_NOW) : undefined;
    const workbench = await startWorkbench({ port: options.workbenchPort ?? 0, host: options.host, emulatorUrl: site.emulator.baseUrl, users: demoUsers(), clockStartsAt });
    // The workbench's page is the one browser origin the emulator answers (it follows next links there).
    site.emulator.allowOrigin(workbench.url);
    return {
      site,
      workbench,
      stop: async () => {
        await workbench.stop();
        await site.stop();
      }
    };
  } catch (error) {
    await site.stop();
    throw error;
  }
}
