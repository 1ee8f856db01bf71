import type { Segment } from '../odata/segments';
import { pathTree, type PathTree } from '../odata/project';
import type { Json, Shaper } from '../http/shape';
import { invalidQuery } from '../store/errors';
import type { EmulatorStore } from '../store/store';
import type { UserRecord } from '../store/types';

/** One REST call (a plain request or one part of a `$batch`), already parsed. */
export interface RestRequest {
  /** Effective method: GET, POST, MERGE, PATCH, PUT or DELETE (X-HTTP-Method applied). */
  readonly method: string;
  readonly url: URL;
  /** Request headers, names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: Buffer;
}

export interface Reply {
  readonly status: number;
  readonly body?: Json | Buffer;
  readonly headers?: Readonly<Record<string, string>>;
}

/** What every resource handler gets: the store, the caller, the query options and the body. */
export class RestContext {
  private parsedBody: Record<string, unknown> | undefined;

  constructor(
    readonly store: EmulatorStore,
    readonly req: RestRequest,
    readonly actor: UserRecord,
    readonly shaper: Shaper,
    /** The segments after `_api/`. */
    readonly segments: readonly Segment[]
  ) {}

  get actorId(): number {
    return this.actor.id;
  }

  get method(): string {
    return this.req.method;
  }

  query(name: string): string | null {
    // Query option names are case-insensitive in SharePoint ($Select, $TOP...).
    for (const [k, v] of this.req.url.searchParams) if (k.toLowerCase() === name.toLowerCase()) return v;
    return null;
  }

  get select(): PathTree | undefined {
    return pathTree(this.query('$select'));
  }

  get expand(): PathTree | undefined {
    return pathTree(this.query('$expand'));
  }

  header(name: string): string | undefined {
    return this.req.headers[name.toLowerCase()];
  }

  get ifMatch(): string | undefined {
    return this.header('if-match');
  }

  /** The JSON body (verbose or JSON Light); `{}` when empty. */
  json(): Record<string, unknown> {
    if (this.parsedBody) return this.parsedBody;
    const text = this.req.body.toString('utf8').trim();
    if (text === '') return (this.parsedBody = {});
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      return (this.parsedBody = parsed as Record<string, unknown>);
    } catch {
      throw invalidQuery('Invalid JSON. A token was not recognized in the JSON content.');
    }
  }

  /** `{ parameters: {...} }` bodies of SharePoint methods (createfieldasxml, AddField...). */
  parameters(): Record<string, unknown> {
    const body = this.json();
    const p = body.parameters;
    return p && typeof p === 'object' && !Array.isArray(p) ? (p as Record<string, unknown>) : body;
  }

  /** The site's URL at the host the request was made to (SharePoint builds response URLs from it). */
  get siteUrl(): string {
    return this.store.siteUrlAt(this.req.url.origin);
  }
}

/** Reads a verbose `{results:[…]}` or JSON Light array of strings. */
export function stringArray(v: unknown): string[] | undefined {
  if (Array.isArray(v)) return v.map(String);
  if (v && typeof v === 'object' && Array.isArray((v as { results?: unknown[] }).results)) return (v as { results: unknown[] }).results.map(String);
  return undefined;
}

export function bool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return /^(true|1)$/i.test(v);
  if (typeof v === 'number') return v !== 0;
  return undefined;
}

export function num(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && !isNaN(Number(v))) return Number(v);
  return undefined;
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}
