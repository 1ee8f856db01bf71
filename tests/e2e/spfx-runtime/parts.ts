import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import type { Lang } from '../../../src/core/i18n/catalog';
import { CYCLE } from '../../../src/core/i18n/cycle';
import { FOLLOWUP } from '../../../src/core/i18n/followup';
import { ROADMAP } from '../../../src/core/i18n/roadmap';
import { STEERING } from '../../../src/core/i18n/steering';
import { nextMeeting } from '../../../src/core/steering/overview';
import { DEMO_USERS } from '../../../server/sample';
import { RELEASE_DIR } from '../../../server/spfx-host/manifests';
import type { WebPartKey } from '../../../server/spfx-host/server';
import type { Opened, Role, SpfxWorld } from './world';

/**
 * What each of the four web parts shows that a test can check in any host: its heading in the UI
 * language, a piece of the emulator's data, and the lazy chunk it loads from the package's asset path
 * (after `lazy`, when the part needs an interaction for it).
 */
export interface PartProbe {
  readonly part: WebPartKey;
  /** Who opens it (the steering tab is the steering group's). */
  readonly role: Role;
  heading(lang: Lang): string;
  /** A text from the emulator's lists the part must show (in the UI language where the data has one). */
  data(world: SpfxWorld, lang: Lang): Promise<string>;
  /** Brings in the part's lazy chunk (nothing when it loads with the first render); `data` is what `data()` returned. */
  lazy?(frame: Frame, lang: Lang, data: string): Promise<void>;
  /** A lazy chunk's name in release/assets that the part loads (after `lazy`, when given). */
  readonly chunk: RegExp;
}

export const PARTS: readonly PartProbe[] = [
  {
    part: 'roadmap',
    role: 'reader',
    heading: (lang) => ROADMAP[lang].heading,
    data: async (world) => (await world.admin.actions.list()).find((a) => a.code === 'DT25-01')?.title ?? 'DT25-01 missing',
    // The action's detail panel is a chunk of its own.
    lazy: async (frame, _lang, title) => {
      if ((await frame.getByRole('dialog').count()) === 0) await frame.getByRole('link', { name: title }).first().click();
      await frame.getByRole('dialog').getByText(title).first().waitFor();
    },
    chunk: /^chunk\.action-panel_/
  },
  {
    part: 'steering',
    role: 'steering',
    heading: (lang) => STEERING[lang].heading,
    // The meeting the tab shows first, by the tab's own rule.
    data: async (world) => nextMeeting(await world.admin.meetings.list(), new Date())?.title ?? 'no next meeting',
    lazy: async (frame, lang) => {
      await frame.getByRole('tab', { name: STEERING[lang].tabReminders }).click();
      await frame.getByTestId('reminders-panel').waitFor();
    },
    chunk: /^chunk\.steering-reminders_/
  },
  {
    part: 'followup',
    role: 'reader',
    heading: (lang) => FOLLOWUP[lang].dashboardTitle,
    data: async (world, lang) => {
      const metric = (await world.admin.metrics.list()).find((m) => m.code === 'A1');
      return (lang === 'sv' ? metric?.titleSv : metric?.title) ?? 'metric A1 missing';
    },
    chunk: /^chunk\.followup-charts_/
  },
  {
    part: 'ideas',
    role: 'reader',
    heading: (lang) => CYCLE[lang]['idea.formTitle'],
    data: async (world) => (await world.admin.ideas.list()).find((i) => i.proposer?.email === DEMO_USERS.reader)?.title ?? 'idea missing',
    // The idea form and list are the web part's view, loaded by onInit.
    chunk: /^chunk\.ideas-view_/
  }
];

const ASSETS = new Set(readdirSync(join(RELEASE_DIR, 'assets')));

/** The package's scripts the page loaded, by file name; throws if one came from anywhere but the package's CDN path. */
export function packageScripts(opened: Opened, packageCdnUrl: string): string[] {
  const ours = opened.scripts.filter((url) => ASSETS.has(url.split('?')[0].split('/').pop() ?? ''));
  const elsewhere = ours.filter((url) => !url.startsWith(packageCdnUrl));
  if (elsewhere.length) throw new Error(`Package files loaded from outside ${packageCdnUrl}: ${elsewhere.join(', ')}`);
  return ours.map((url) => url.split('/').pop() ?? url);
}

/** `#03787c` → `rgb(3, 120, 124)`, as computed styles report colours. */
export function rgb(hex: string): string {
  const n = parseInt(hex.replace('#', ''), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** The web part's root (Fluent's ThemeProvider): its background and text colour. */
export async function rootColours(frame: Frame): Promise<{ background: string; color: string }> {
  return frame.evaluate(() => {
    const root = document.querySelector('.dt-app');
    if (!root) throw new Error('no .dt-app root');
    const style = getComputedStyle(root);
    return { background: style.backgroundColor, color: style.color };
  });
}

/** Every colour the web part paints with (text, backgrounds, borders). */
export async function paintedColours(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const seen = new Set<string>();
    const root = document.querySelector('.dt-app');
    if (!root) return [];
    for (const el of [root, ...Array.from(root.querySelectorAll('*')).slice(0, 4000)]) {
      const s = getComputedStyle(el);
      for (const c of [s.color, s.backgroundColor, s.borderTopColor, s.borderBottomColor]) seen.add(c);
    }
    return [...seen];
  });
}

/** Fluent UI's default primary colour (#0078d4): a themed web part does not paint with it. */
export const FLUENT_DEFAULT_PRIMARY = 'rgb(0, 120, 212)';
