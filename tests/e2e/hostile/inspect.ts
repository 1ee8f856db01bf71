import type { BrowserContext, Page } from 'playwright-core';
import { MARK, TRAP } from '../../support/hostile';

/**
 * The checks of the hostile-colleague tests, run by Chromium itself: a page-level trap that any
 * injected script would spring, a DOM scan for injected elements and attributes, and Chromium's own
 * parsers (DOMParser, strict XML) for the files the product writes.
 */

/**
 * Before any page script: `window.__pwned` becomes a trap that remembers every write (a payload's
 * `onerror`, a script, `parent.__pwned` from a frame), and dialogs count as writes too. It is defined
 * on every frame and cannot be replaced by DOM clobbering (`<div id="__pwned">`).
 */
export async function installTrap(context: BrowserContext): Promise<void> {
  await context.addInitScript(([trap]) => {
    const hits: unknown[] = [];
    Object.defineProperty(window, trap, {
      configurable: false,
      get: () => (hits.length ? hits : undefined),
      set: (value: unknown) => {
        hits.push(value);
      }
    });
    const record = (): undefined => {
      hits.push('dialog');
      return undefined;
    };
    window.alert = record;
    window.prompt = (): null => (record(), null);
    window.confirm = (): boolean => (record(), false);
  }, [TRAP] as const);
}

/** What the trap caught in any frame of the page (undefined: nothing). */
export async function trapValue(page: Page): Promise<unknown> {
  for (const frame of page.frames()) {
    const value = await frame.evaluate((trap) => (window as unknown as Record<string, unknown>)[trap], TRAP).catch(() => undefined);
    if (value !== undefined) return { frame: frame.url(), value };
  }
  return undefined;
}

/** Serialisable findings of one document scan (an empty list: nothing injected). */
export type Findings = string[];

/**
 * Scans a document for what a payload would have injected. Runs in the browser (passed to evaluate),
 * so it may use only its arguments.
 */
function scanDocument(doc: Document, mark: string, html: boolean): string[] {
  const found: string[] = [];
  const describe = (el: Element): string => `<${el.nodeName.toLowerCase()}${Array.from(el.attributes).map((a) => ` ${a.name}="${a.value.slice(0, 40)}"`).join('')}>`;
  const unsafeUrl = (value: string): boolean => /^(javascript|data|vbscript):/i.test(value.replace(/[\u0000-\u0020]/g, ''));
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    if (el.hasAttribute(mark)) found.push(`marked element ${describe(el)}`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (html && /^on[a-z]+$/.test(name)) found.push(`event handler ${describe(el)}`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background'].includes(name) && unsafeUrl(attr.value)) found.push(`unsafe URL ${describe(el)}`);
      if (name === 'srcdoc' && !(el.hasAttribute('sandbox') && !/allow-scripts/.test(el.getAttribute('sandbox') ?? ''))) found.push(`unsandboxed srcdoc ${describe(el)}`);
    }
    const tag = el.nodeName.toLowerCase();
    if (['object', 'embed', 'base', 'frame', 'frameset', 'math'].includes(tag)) found.push(`element ${describe(el)}`);
    if (tag === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') ?? '')) found.push(`element ${describe(el)}`);
    if (tag === 'script' && /__pwned|data-hostile/.test(el.textContent ?? '')) found.push(`script ${describe(el)}`);
  }
  return found;
}

/** What was injected into the live page (every frame), as readable lines. */
export async function injectedIn(page: Page): Promise<Findings> {
  const found: string[] = [];
  for (const frame of page.frames()) {
    const f = await frame.evaluate(([scan, mark]) => {
      // eslint-disable-next-line no-new-func -- the scanner travels as source into the page
      const fn = new Function(`return (${scan})`)() as (d: Document, m: string, h: boolean) => string[];
      return fn(document, mark, true);
    }, [scanDocument.toString(), MARK] as const).catch((e: unknown) => [`frame not scanned: ${String(e)}`]);
    found.push(...f.map((x) => `${frame.url().slice(0, 60)}: ${x}`));
  }
  return found;
}

export interface OutputFile {
  readonly name: string;
  readonly type: 'application/xml' | 'text/html';
  readonly content: string;
}

/**
 * Parses files the product wrote with Chromium's parsers (XML strictly: a part with a character XML
 * forbids does not parse) and scans them like a page. Nothing in them runs.
 */
export async function injectedInFiles(page: Page, files: readonly OutputFile[]): Promise<Findings> {
  return page.evaluate(([scan, mark, list]) => {
    // eslint-disable-next-line no-new-func -- the scanner travels as source into the page
    const fn = new Function(`return (${scan})`)() as (d: Document, m: string, h: boolean) => string[];
    const found: string[] = [];
    for (const file of list) {
      const doc = new DOMParser().parseFromString(file.content, file.type);
      if (file.type === 'application/xml' && doc.getElementsByTagName('parsererror').length) {
        found.push(`${file.name}: not well-formed XML: ${(doc.getElementsByTagName('parsererror')[0].textContent ?? '').slice(0, 120)}`);
        continue;
      }
      found.push(...fn(doc, mark, file.type === 'text/html').map((x) => `${file.name}: ${x}`));
    }
    return found;
  }, [scanDocument.toString(), MARK, files] as const);
}
