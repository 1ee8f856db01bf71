/** Request counters for benchmarks and tests (`GET /_emulator/counters`). */
export interface CounterSnapshot {
  total: number;
  byMethod: Record<string, number>;
  /** What kind of resource was asked for: contextinfo, batch, items, lists, fields, views, users, security, files, web, graph, other. */
  byKind: Record<string, number>;
  /** Alias of byKind (the name TEAM.md uses). */
  byRoute: Record<string, number>;
  /** Requests carried inside `$batch` bodies. */
  batchParts: number;
  faults: { throttled: number; serverErrors: number; dropped: number; droppedAfterApply: number };
}

export class Counters {
  private total = 0;
  private byMethod: Record<string, number> = {};
  private byKind: Record<string, number> = {};
  private batchParts = 0;

  count(method: string, kind: string): void {
    this.total++;
    this.byMethod[method] = (this.byMethod[method] ?? 0) + 1;
    this.byKind[kind] = (this.byKind[kind] ?? 0) + 1;
  }

  countBatchParts(n: number): void {
    this.batchParts += n;
  }

  snapshot(faults: CounterSnapshot['faults']): CounterSnapshot {
    return { total: this.total, byMethod: { ...this.byMethod }, byKind: { ...this.byKind }, byRoute: { ...this.byKind }, batchParts: this.batchParts, faults: { ...faults } };
  }

  reset(): void {
    this.total = 0;
    this.byMethod = {};
    this.byKind = {};
    this.batchParts = 0;
  }
}

/** The kind of a request path, for `byKind`. */
export function kindOf(pathname: string): string {
  const p = decodeURIComponent(pathname).toLowerCase();
  if (p.startsWith('/graph')) return 'graph';
  if (!p.includes('/_api')) return p.includes('/_vti_history/') ? 'files' : 'other';
  if (p.endsWith('/$batch')) return 'batch';
  if (p.includes('/contextinfo')) return 'contextinfo';
  if (/\/items\b|\/getitembyid|\/items\(/.test(p)) return 'items';
  if (/getfile|getfolder|\/files\b|\/\$value/.test(p)) return 'files';
  if (/\/fields\b|\/fields\(/.test(p)) return 'fields';
  if (/\/views\b|\/views\(/.test(p)) return 'views';
  if (/roleassignments|roledefinitions|breakroleinheritance|effectivepermissions|effectivebasepermissions/.test(p)) return 'security';
  if (/siteusers|sitegroups|currentuser|ensureuser|getuserbyid/.test(p)) return 'users';
  if (/\/lists\b|\/lists\(|getlist|getbytitle/.test(p)) return 'lists';
  if (/\/_api\/(web|site)\/?$/.test(p) || /\/_api\/web\//.test(p)) return 'web';
  return 'other';
}
